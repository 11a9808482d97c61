package io.ordo.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an order is in its lifecycle (docs/order-lifecycle.md). An open set rather than an enum: a
 * status added to the server later reads as itself ({@link #isKnown()} false), so an older client
 * still reads every order and shows the status by its name.
 */
public record OrderStatus(@JsonValue String name) {

    public static final OrderStatus CREATED = new OrderStatus("CREATED");
    public static final OrderStatus VALIDATED = new OrderStatus("VALIDATED");
    public static final OrderStatus RESERVED = new OrderStatus("RESERVED");
    public static final OrderStatus PAID = new OrderStatus("PAID");
    public static final OrderStatus SHIPPED = new OrderStatus("SHIPPED");
    public static final OrderStatus FAILED = new OrderStatus("FAILED");
    public static final OrderStatus EXPIRED = new OrderStatus("EXPIRED");
    public static final OrderStatus CANCELLED = new OrderStatus("CANCELLED");

    private static final KnownStatuses<OrderStatus> KNOWN = new KnownStatuses<>(OrderStatus[]::new,
            CREATED, VALIDATED, RESERVED, PAID, SHIPPED, FAILED, EXPIRED, CANCELLED);

    public OrderStatus {
        KnownStatuses.requireName(name, "an order status");
    }

    /** The status the server named, known to this client or not. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OrderStatus of(String name) {
        return new OrderStatus(name);
    }

    /**
     * The statuses this client knows, in lifecycle order. Named and shaped like an enum's
     * {@code values()} so code written when this was an enum compiles unchanged.
     */
    public static OrderStatus[] values() {
        return KNOWN.values();
    }

    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return name;
    }
}
