package io.ordo.ordering.domain;

/** Where an order is in its lifecycle. */
public enum OrderStatus {
    CREATED, VALIDATED, RESERVED, PAID, SHIPPED, FAILED, EXPIRED, CANCELLED
}
