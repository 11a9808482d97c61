package io.ordo.reporting.domain;

/** The states of an order as ordering announces them; SHIPPED and CANCELLED are final. */
public enum OrderStatus {
    CREATED, VALIDATED, RESERVED, PAID, SHIPPED, FAILED, EXPIRED, CANCELLED;

    public boolean isFinal() {
        return this == SHIPPED || this == CANCELLED;
    }
}
