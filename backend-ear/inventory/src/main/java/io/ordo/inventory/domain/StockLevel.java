package io.ordo.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    protected StockLevel() {
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
