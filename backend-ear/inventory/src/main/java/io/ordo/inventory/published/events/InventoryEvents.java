package io.ordo.inventory.published.events;

import java.time.Instant;
import java.util.UUID;

/** The event types inventory publishes, and their payloads. */
public final class InventoryEvents {

    public static final String AGGREGATE = "Reservation";
    public static final String STOCK_RESERVED = "StockReserved";
    public static final String STOCK_REJECTED = "StockReservationRejected";
    public static final String STOCK_RELEASED = "StockReleased";
    public static final String STOCK_LEVEL_CHANGED = "StockLevelChanged";

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

    /**
     * A product's stock level after a movement. Its aggregate is the product (id: the SKU), its
     * version the id of that movement in the ledger, which grows with every movement of the SKU;
     * 0 for the levels announced once at start-up, before any movement was announced.
     */
    public record StockLevelChanged(String sku, int onHand, int reserved) {
        public static final String AGGREGATE = "StockLevel";
    }
}
