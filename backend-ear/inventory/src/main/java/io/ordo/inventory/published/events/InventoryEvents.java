package io.ordo.inventory.published.events;

import java.time.Instant;
import java.util.UUID;

/** The event types inventory publishes, and their payloads. */
public final class InventoryEvents {

    public static final String AGGREGATE = "Reservation";
    public static final String STOCK_RESERVED = "StockReserved";
    public static final String STOCK_REJECTED = "StockReservationRejected";
    public static final String STOCK_RELEASED = "StockReleased";

    private InventoryEvents() {
    }

    /** Every line of the order is reserved until {@code expiresAt}. */
    public record StockReserved(UUID orderId, Instant expiresAt) {
    }

    /** Nothing was reserved: {@code sku} had only {@code available} of {@code requested}. */
    public record StockReservationRejected(UUID orderId, String reason, String sku, int requested, int available) {
    }

    /** The order's reserved stock is available again. */
    public record StockReleased(UUID orderId) {
    }
}
