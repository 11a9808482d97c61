package io.ordo.inventory.published.events;

import java.time.Instant;
import java.util.List;
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

    /** Every line of the order is reserved until {@code expiresAt}; {@code levels}: where that left each product. */
    public record StockReserved(UUID orderId, Instant expiresAt, List<Level> levels) {
    }

    /** Nothing was reserved: {@code sku} had only {@code available} of {@code requested}. */
    public record StockReservationRejected(UUID orderId, String reason, String sku, int requested, int available) {
    }

    /** The order's reserved stock is available again; {@code levels}: where that left each product. */
    public record StockReleased(UUID orderId, List<Level> levels) {
    }

    /**
     * A product's stock level after one movement of a reservation, carried inside the event of that
     * reservation (one event per order instead of one more per line): {@code position} is the
     * movement's id in the ledger, the version a {@link StockLevelChanged} of it would have had.
     */
    public record Level(String sku, int onHand, int reserved, long position) {
    }

    /**
     * A product's stock level after a movement outside a reservation (shipped, received, adjusted,
     * reconciled) or at the first start-up. Its aggregate is the product (id: the SKU), its
     * version the id of that movement in the ledger, which grows with every movement of the SKU;
     * 0 for the levels announced once at start-up, before any movement was announced.
     */
    public record StockLevelChanged(String sku, int onHand, int reserved) {
        public static final String AGGREGATE = "StockLevel";
    }
}
