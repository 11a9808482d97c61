package io.ordo.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of the append-only stock ledger. Never updated, never deleted. */
@Entity
@Table(name = "stock_ledger", schema = "inventory")
public class StockMovement {

    public enum Kind { RECEIVED, RESERVED, RELEASED, SHIPPED, ADJUSTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String sku;

    @Enumerated(EnumType.STRING)
    @Column(name = "movement", nullable = false, updatable = false)
    private Kind kind;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(name = "order_id", updatable = false)
    private UUID orderId;

    @Column(updatable = false)
    private String reason;

    @Column(updatable = false)
    private String note;

    /** Who moved it by hand; null for movements of orders. */
    @Column(updatable = false)
    private String actor;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected StockMovement() {
    }

    static StockMovement of(String sku, Kind kind, int quantity, UUID orderId, String reason) {
        StockMovement movement = new StockMovement();
        movement.sku = sku;
        movement.kind = kind;
        movement.quantity = quantity;
        movement.orderId = orderId;
        movement.reason = reason;
        movement.recordedAt = Instant.now();
        return movement;
    }

    static StockMovement byHand(String sku, Kind kind, int quantity, String reason, String note, String actor) {
        StockMovement movement = of(sku, kind, quantity, null, reason);
        movement.note = note;
        movement.actor = actor;
        return movement;
    }

    /** The movement's place in the ledger, once recorded: it grows with every movement. */
    public long id() {
        return id;
    }

    public String sku() {
        return sku;
    }

    public Kind kind() {
        return kind;
    }

    public int quantity() {
        return quantity;
    }

    public UUID orderId() {
        return orderId;
    }

    public String reason() {
        return reason;
    }

    public String note() {
        return note;
    }

    public String actor() {
        return actor;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
