package io.ordo.ordering.application;

import io.ordo.ordering.domain.OrderStatus;
import java.time.Instant;

/**
 * Which orders a list shows. {@code owner} is set for storefronts, who only ever see their own.
 *
 * @param text whole words of the customer's name or email, case-insensitively; every word must match
 * @param idPrefix only orders whose id starts with it
 */
public record OrderFilter(String owner, OrderStatus status, String customerEmail, Instant from, Instant to, String text,
                          OrderIdPrefix idPrefix) {

    /** A filter on anything but the id. */
    public OrderFilter(String owner, OrderStatus status, String customerEmail, Instant from, Instant to, String text) {
        this(owner, status, customerEmail, from, to, text, null);
    }
}
