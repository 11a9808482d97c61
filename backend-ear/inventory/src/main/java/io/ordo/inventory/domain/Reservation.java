package io.ordo.inventory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Stock held for one order: all of its lines or none. Created only when every line is
 * available; released (stock back) or shipped (stock gone) exactly once.
 */
@Entity
@Table(name = "reservations", schema = "inventory")
public class Reservation {

    public enum Status { ACTIVE, RELEASED, SHIPPED }

    @Id
    @Column(name = "order_id")
    private UUID orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reservation_lines", schema = "inventory", joinColumns = @JoinColumn(name = "order_id"))
    @MapKeyColumn(name = "sku")
    @Column(name = "quantity")
    private Map<String, Integer> lines = new TreeMap<>();

    protected Reservation() {
    }

    /**
     * Reserves every requested quantity against the given (locked) stock levels, or nothing.
     *
     * @param levels the stock level of every requested SKU, locked for this transaction
     */
    public static ReservationOutcome reserve(UUID orderId, Map<String, Integer> requested,
                                             Map<String, StockLevel> levels, Instant now, Instant expiresAt) {
        if (requested.isEmpty()) {
            throw new IllegalArgumentException("an order without lines cannot reserve stock");
        }
        for (Map.Entry<String, Integer> line : new TreeMap<>(requested).entrySet()) {
            StockLevel level = levels.get(line.getKey());
            int available = level == null ? 0 : level.available();
            if (level == null || !level.canReserve(line.getValue())) {
                return new ReservationOutcome.Rejected(line.getKey(), line.getValue(), Math.max(available, 0));
            }
        }
        Reservation reservation = new Reservation();
        reservation.orderId = orderId;
        reservation.status = Status.ACTIVE;
        reservation.createdAt = now;
        reservation.expiresAt = expiresAt;
        List<StockMovement> movements = new ArrayList<>();
        new TreeMap<>(requested).forEach((sku, quantity) -> {
            reservation.lines.put(sku, quantity);
            movements.add(levels.get(sku).reserve(quantity, orderId));
        });
        return new ReservationOutcome.Reserved(reservation, movements);
    }

    /** Gives the reserved stock back; a reservation is released at most once. */
    public List<StockMovement> release(Map<String, StockLevel> levels) {
        if (status != Status.ACTIVE) {
            throw new IllegalStateException("reservation of order " + orderId + " is already " + status);
        }
        status = Status.RELEASED;
        List<StockMovement> movements = new ArrayList<>();
        new TreeMap<>(lines).forEach((sku, quantity) -> movements.add(levels.get(sku).release(quantity, orderId)));
        return movements;
    }

    public UUID orderId() {
        return orderId;
    }

    public Status status() {
        return status;
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Map<String, Integer> lines() {
        return Collections.unmodifiableMap(lines);
    }
}
