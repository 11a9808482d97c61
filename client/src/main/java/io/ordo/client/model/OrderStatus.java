package io.ordo.client.model;

/** Where an order is in its lifecycle (DESIGN.md section 4). */
public enum OrderStatus {
    CREATED, VALIDATED, RESERVED, PAID, SHIPPED, FAILED, EXPIRED, CANCELLED
}
