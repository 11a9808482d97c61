package io.ordo.client.model;

import java.time.Instant;

/**
 * One entry of an order's history: who moved it from which state to which, and why.
 * {@code from} is null for the order's creation.
 */
public record StatusChange(
        OrderStatus from, OrderStatus to, String actor, String reason, Instant at, String correlationId) {
}
