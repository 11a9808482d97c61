package io.ordo.inventory.application;

import io.ordo.inventory.domain.Reservation;
import io.ordo.inventory.domain.ReservationOutcome;
import io.ordo.inventory.domain.Stock;
import io.ordo.inventory.domain.StockLevel;
import io.ordo.inventory.domain.StockMovement;
import io.ordo.inventory.published.events.InventoryEvents;
import io.ordo.platform.events.OutgoingEvent;
import io.ordo.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds stock for orders (all lines or none), gives it back when an order will not be paid, and
 * lets it leave when the order ships. Every request carries the version of the order event behind
 * it; a request older than the last one applied to the order's reservation is stale and ignored,
 * so late or replayed events can never hold or free stock twice.
 */
@ApplicationScoped
public class StockReservations {

    private static final Logger LOG = Logger.getLogger(StockReservations.class.getName());

    @Inject
    Stock stock;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "ordo.inventory.reservation-seconds", defaultValue = "900")
    long reservationSeconds;

    private final Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public void reserveFor(UUID orderId, long orderVersion, Map<String, Integer> quantities) {
        Optional<Reservation> existing = stock.reservation(orderId);
        if (existing.isPresent() && !existing.get().outdatedBy(orderVersion)) {
            LOG.info(() -> "Reservation request for order " + orderId + " (version " + orderVersion + ") is stale; ignored");
            return;
        }
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofSeconds(reservationSeconds));
        var levels = stock.lockLevels(quantities.keySet());
        ReservationOutcome outcome = existing.isPresent()
                ? existing.get().renew(orderVersion, quantities, levels, until)
                : Reservation.reserve(orderId, orderVersion, quantities, levels, now, until);
        if (outcome instanceof ReservationOutcome.Reserved reserved) {
            if (existing.isEmpty()) {
                stock.add(reserved.reservation());
            }
            stock.record(reserved.movements());
            publish(orderId, orderVersion, InventoryEvents.STOCK_RESERVED, new InventoryEvents.StockReserved(orderId,
                    reserved.reservation().expiresAt(), levelsAfter(levels, reserved.movements())));
        } else if (outcome instanceof ReservationOutcome.Rejected rejected) {
            publish(orderId, orderVersion, InventoryEvents.STOCK_REJECTED,
                    new InventoryEvents.StockReservationRejected(orderId, "OUT_OF_STOCK", rejected.sku(),
                            rejected.requested(), rejected.available()));
        }
    }

    /**
     * Releases the order's active reservation. If the order ended before anything was reserved,
     * that is remembered, so a late request to reserve for it holds nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseFor(UUID orderId, long orderVersion) {
        Optional<Reservation> existing = stock.reservation(orderId);
        if (existing.isEmpty()) {
            stock.add(Reservation.endedBeforeReserving(orderId, orderVersion, clock.instant()));
            return;
        }
        Reservation reservation = existing.get();
        if (reservation.active() && reservation.outdatedBy(orderVersion)) {
            Map<String, StockLevel> levels = stock.lockLevels(reservation.lines().keySet());
            List<StockMovement> released = reservation.release(orderVersion, levels);
            stock.record(released);
            publish(orderId, orderVersion, InventoryEvents.STOCK_RELEASED,
                    new InventoryEvents.StockReleased(orderId, levelsAfter(levels, released)));
        }
    }

    /** The order's reserved stock leaves the warehouse. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void shipFor(UUID orderId, long orderVersion) {
        Optional<Reservation> active = stock.reservation(orderId)
                .filter(reservation -> reservation.active() && reservation.outdatedBy(orderVersion));
        if (active.isEmpty()) {
            LOG.warning(() -> "Order " + orderId + " shipped without an active reservation; no stock moved");
            return;
        }
        Map<String, StockLevel> levels = stock.lockLevels(active.get().lines().keySet());
        List<StockMovement> shipped = active.get().ship(orderVersion, levels);
        stock.record(shipped);
        announceLevels(levels, shipped);
    }

    /** The level each movement left its product at (reporting keeps stock levels from these). */
    private static List<InventoryEvents.Level> levelsAfter(Map<String, StockLevel> levels, List<StockMovement> movements) {
        return movements.stream().map(movement -> {
            StockLevel level = levels.get(movement.sku());
            return new InventoryEvents.Level(level.sku(), level.onHand(), level.reserved(), movement.id());
        }).toList();
    }

    /** Announces the level each movement left its product at, one event each: for movements outside a reservation's events. */
    private void announceLevels(Map<String, StockLevel> levels, List<StockMovement> movements) {
        for (StockMovement movement : movements) {
            StockLevel level = levels.get(movement.sku());
            outbox.add(new OutgoingEvent(InventoryEvents.STOCK_LEVEL_CHANGED, InventoryEvents.StockLevelChanged.AGGREGATE,
                    level.sku(), movement.id(), new InventoryEvents.StockLevelChanged(level.sku(), level.onHand(), level.reserved())));
        }
    }

    private void publish(UUID orderId, long orderVersion, String type, Object payload) {
        outbox.add(new OutgoingEvent(type, InventoryEvents.AGGREGATE, orderId.toString(), orderVersion, payload));
    }
}
