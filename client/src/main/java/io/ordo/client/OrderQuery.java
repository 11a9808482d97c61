package io.ordo.client;

import io.ordo.client.model.OrderStatus;

/**
 * Which orders to list: a status filter (null for all) and a page. Filters by customer, time
 * range and text join here as the API grows them.
 */
public record OrderQuery(OrderStatus status, int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 50;

    public OrderQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }

    /** The first page of all orders, at the default page size. */
    public static OrderQuery all() {
        return new OrderQuery(null, DEFAULT_LIMIT, null);
    }

    /** Only orders in {@code newStatus}, or all of them for null; back to the first page. */
    public OrderQuery withStatus(OrderStatus newStatus) {
        return new OrderQuery(newStatus, limit, null);
    }

    public OrderQuery withLimit(int newLimit) {
        return new OrderQuery(status, newLimit, cursor);
    }

    /** The page that follows the one whose {@link Page#nextCursor()} is given. */
    public OrderQuery after(String nextCursor) {
        return new OrderQuery(status, limit, nextCursor);
    }

    String toQueryString() {
        return new QueryString().add("status", status).add("limit", limit).add("cursor", cursor).toString();
    }
}
