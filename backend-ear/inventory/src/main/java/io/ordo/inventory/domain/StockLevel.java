package io.ordo.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * On-hand and reserved quantities of one product, derived from the ledger and changed only
 * together with a ledger movement. Reserved never exceeds on-hand and never drops below zero
 * (the database enforces it too).
 */
@Entity
@Table(name = "stock_levels", schema = "inventory")
public class StockLevel {

    @Id
    private String sku;

    @Column(name = "on_hand", nullable = false)
    private int onHand;

    @Column(nullable = false)
    private int reserved;

    /** Grows with every change of the level: what an adjustment's If-Match names. */
    @Version
    @Column(nullable = false)
    private long version;

    protected StockLevel() {
    }

    /** The level of a product just added to the catalogue: nothing on hand yet. */
    public static StockLevel empty(String sku) {
        return new StockLevel(sku, 0, 0);
    }

    StockLevel(String sku, int onHand, int reserved) {
        this.sku = sku;
        this.onHand = onHand;
        this.reserved = reserved;
    }

    public String sku() {
        return sku;
    }

    public int onHand() {
        return onHand;
    }

    public int reserved() {
        return reserved;
    }

    public int available() {
        return onHand - reserved;
    }

    public long version() {
        return version;
    }

    /**
     * Counts stock in or out by hand (a stock-take, breakage, a found pallet). Refused, changing
     * nothing, when it would leave less on hand than is reserved for orders, or less than none.
     *
     * @param change signed, never zero
     */
    public AdjustmentOutcome adjust(int change, String reason, String note, String actor) {
        if (change == 0) {
            throw new IllegalArgumentException("an adjustment changes the stock by at least one unit");
        }
        long after = (long) onHand + change;
        if (after < 0) {
            return new AdjustmentOutcome.Refused(sku, change, onHand, reserved,
                    "it would leave " + after + " of " + sku + " on hand, and stock on hand cannot be negative");
        }
        if (after < reserved) {
            return new AdjustmentOutcome.Refused(sku, change, onHand, reserved,
                    "it would leave " + after + " of " + sku + " on hand while " + reserved
                            + " are reserved for orders; at most " + (onHand - reserved) + " can be taken out now");
        }
        if (after > Integer.MAX_VALUE) {
            return new AdjustmentOutcome.Refused(sku, change, onHand, reserved,
                    "it would leave more of " + sku + " on hand than can be counted");
        }
        onHand = (int) after;
        return new AdjustmentOutcome.Adjusted(StockMovement.byHand(sku, StockMovement.Kind.ADJUSTED, change, reason, note, actor));
    }

    /** Stock arrives from a supplier. */
    public AdjustmentOutcome receive(int quantity, String reason, String note, String actor) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a receipt brings at least one unit");
        }
        if ((long) onHand + quantity > Integer.MAX_VALUE) {
            return new AdjustmentOutcome.Refused(sku, quantity, onHand, reserved,
                    "it would leave more of " + sku + " on hand than can be counted");
        }
        onHand += quantity;
        return new AdjustmentOutcome.Adjusted(StockMovement.byHand(sku, StockMovement.Kind.RECEIVED, quantity, reason, note, actor));
    }

    /**
     * Puts the figures back to what the ledger says, after they drifted from it (a change made
     * behind the application's back). The ledger itself is never rewritten.
     *
     * @throws IllegalArgumentException if the ledger's figures break the level's invariants
     */
    public void repairTo(LedgerFigures figures) {
        if (!figures.consistent()) {
            throw new IllegalArgumentException("the ledger of " + sku + " adds up to " + figures
                    + ", which no stock level can hold");
        }
        onHand = figures.onHand();
        reserved = figures.reserved();
    }

    public boolean canReserve(int quantity) {
        return quantity > 0 && quantity <= available();
    }

    StockMovement reserve(int quantity, java.util.UUID orderId) {
        if (!canReserve(quantity)) {
            throw new IllegalStateException("cannot reserve " + quantity + " of " + sku + ": only " + available() + " available");
        }
        reserved += quantity;
        return StockMovement.of(sku, StockMovement.Kind.RESERVED, quantity, orderId, null);
    }

    StockMovement release(int quantity, java.util.UUID orderId) {
        if (quantity <= 0 || quantity > reserved) {
            throw new IllegalStateException("cannot release " + quantity + " of " + sku + ": only " + reserved + " reserved");
        }
        reserved -= quantity;
        return StockMovement.of(sku, StockMovement.Kind.RELEASED, quantity, orderId, null);
    }

    StockMovement ship(int quantity, java.util.UUID orderId) {
        if (quantity <= 0 || quantity > reserved) {
            throw new IllegalStateException("cannot ship " + quantity + " of " + sku + ": only " + reserved + " reserved");
        }
        reserved -= quantity;
        onHand -= quantity;
        return StockMovement.of(sku, StockMovement.Kind.SHIPPED, quantity, orderId, null);
    }
}
