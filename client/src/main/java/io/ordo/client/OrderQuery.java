package io.ordo.client;

import io.ordo.client.model.OrderStatus;

import java.time.Instant;

/**
 * Which orders to list, newest first: filters (null for "any") and a page.
 *
 * @param status only orders in this status
 * @param customerEmail only orders of the customer with this email (exact, whatever its case)
 * @param from only orders created at or after this instant
 * @param to only orders created before this instant
 * @param text only orders whose customer name or email has these whole words, whatever their case
 * @param idPrefix only orders whose id starts with this, e.g. the 8 characters the console shows
 */
public record OrderQuery(OrderStatus status, String customerEmail, Instant from, Instant to, String text,
                         int limit, String cursor, String idPrefix) {

    public static final int DEFAULT_LIMIT = 50;

    public OrderQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }

    /** A query on anything but the id. */
    public OrderQuery(OrderStatus status, String customerEmail, Instant from, Instant to, String text,
                      int limit, String cursor) {
        this(status, customerEmail, from, to, text, limit, cursor, null);
    }

    /** The first page of all orders, at the default page size. */
    public static OrderQuery all() {
        return new OrderQuery(null, null, null, null, null, DEFAULT_LIMIT, null, null);
    }

    /** Only orders in {@code newStatus}, or all of them for null; back to the first page. */
    public OrderQuery withStatus(OrderStatus newStatus) {
        return new OrderQuery(newStatus, customerEmail, from, to, text, limit, null, idPrefix);
    }

    /** Only the orders of the customer with this email, or everyone's for null; back to the first page. */
    public OrderQuery withCustomerEmail(String email) {
        return new OrderQuery(status, email, from, to, text, limit, null, idPrefix);
    }

    /** Only orders created in {@code [newFrom, newTo)}; either end may be null (open); back to the first page. */
    public OrderQuery createdBetween(Instant newFrom, Instant newTo) {
        return new OrderQuery(status, customerEmail, newFrom, newTo, text, limit, null, idPrefix);
    }

    /** Only orders whose id starts with {@code prefix}, or all for null; back to the first page. */
    public OrderQuery withIdPrefix(String prefix) {
        return new OrderQuery(status, customerEmail, from, to, text, limit, null, prefix);
    }

    /** Only orders whose customer name or email has the whole words of {@code newText}, or all for null; back to the first page. */
    public OrderQuery withText(String newText) {
        return new OrderQuery(status, customerEmail, from, to, newText, limit, null, idPrefix);
    }

    public OrderQuery withLimit(int newLimit) {
        return new OrderQuery(status, customerEmail, from, to, text, newLimit, cursor, idPrefix);
    }

    /** The page that follows the one whose {@link Page#nextCursor()} is given. */
    public OrderQuery after(String nextCursor) {
        return new OrderQuery(status, customerEmail, from, to, text, limit, nextCursor, idPrefix);
    }

    String toQueryString() {
        return new QueryString().add("status", status).add("customer", customerEmail).add("from", from)
                .add("to", to).add("q", text).add("idPrefix", idPrefix).add("limit", limit).add("cursor", cursor).toString();
    }
}
