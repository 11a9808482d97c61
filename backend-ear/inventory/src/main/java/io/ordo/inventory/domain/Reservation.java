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

    @Column(name = "order_version", nullable = false)
    private long orderVersion;

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
     * @param orderVersion the version of the order event asking for it
     * @param levels       the stock level of every requested SKU, locked for this transaction
     */
    public static ReservationOutcome reserve(UUID orderId, long orderVersion, Map<String, Integer> requested,
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
        reservation.createdAt = now;
        return new ReservationOutcome.Reserved(reservation, reservation.hold(orderVersion, requested, levels, expiresAt));
    }

    /**
     * Whether an order event of this version may still change the reservation: only one newer
     * than the event that last did (a retried order), never a late or replayed older one.
     */
    public boolean outdatedBy(long eventOrderVersion) {
        return eventOrderVersion > orderVersion;
    }

    /** Holds stock again for a retried order whose earlier reservation ended; all lines or none. */
    public ReservationOutcome renew(long eventOrderVersion, Map<String, Integer> requested,
                                    Map<String, StockLevel> levels, Instant expiresAt) {
        if (status == Status.ACTIVE) {
            throw new IllegalStateException("reservation of order " + orderId + " is still active");
        }
        for (Map.Entry<String, Integer> line : new TreeMap<>(requested).entrySet()) {
            StockLevel level = levels.get(line.getKey());
            if (level == null || !level.canReserve(line.getValue())) {
                orderVersion = eventOrderVersion;
                return new ReservationOutcome.Rejected(line.getKey(), line.getValue(), level == null ? 0 : Math.max(level.available(), 0));
            }
        }
        lines.clear();
        return new ReservationOutcome.Reserved(this, hold(eventOrderVersion, requested, levels, expiresAt));
    }

    private List<StockMovement> hold(long eventOrderVersion, Map<String, Integer> requested,
                                     Map<String, StockLevel> levels, Instant until) {
        status = Status.ACTIVE;
        orderVersion = eventOrderVersion;
        expiresAt = until;
        List<StockMovement> movements = new ArrayList<>();
        new TreeMap<>(requested).forEach((sku, quantity) -> {
            lines.put(sku, quantity);
            movements.add(levels.get(sku).reserve(quantity, orderId));
        });
        return movements;
    }

    /**
     * Remembers that an order ended before it reserved anything, so that a late request to
     * reserve for it (older than the end) reserves nothing.
     */
    public static Reservation endedBeforeReserving(UUID orderId, long orderVersion, Instant now) {
        Reservation tombstone = new Reservation();
        tombstone.orderId = orderId;
        tombstone.status = Status.RELEASED;
        tombstone.orderVersion = orderVersion;
        tombstone.createdAt = now;
        tombstone.expiresAt = now;
        return tombstone;
    }

    /** Gives the reserved stock back; a reservation is released at most once per hold. */
    public List<StockMovement> release(long eventOrderVersion, Map<String, StockLevel> levels) {
        requireActive();
        status = Status.RELEASED;
        orderVersion = eventOrderVersion;
        List<StockMovement> movements = new ArrayList<>();
        new TreeMap<>(lines).forEach((sku, quantity) -> movements.add(levels.get(sku).release(quantity, orderId)));
        return movements;
    }

    /** The stock leaves the warehouse: on hand and reserved both go down. */
    public List<StockMovement> ship(long eventOrderVersion, Map<String, StockLevel> levels) {
        requireActive();
        status = Status.SHIPPED;
        orderVersion = eventOrderVersion;
        List<StockMovement> movements = new ArrayList<>();
        new TreeMap<>(lines).forEach((sku, quantity) -> movements.add(levels.get(sku).ship(quantity, orderId)));
        return movements;
    }

    private void requireActive() {
        if (status != Status.ACTIVE) {
            throw new IllegalStateException("reservation of order " + orderId + " is already " + status);
        }
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
