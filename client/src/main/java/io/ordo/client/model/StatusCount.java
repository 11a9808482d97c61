package io.ordo.client.model;

/** How many orders are in one status now. */
public record StatusCount(OrderStatus status, long orders) {
}
