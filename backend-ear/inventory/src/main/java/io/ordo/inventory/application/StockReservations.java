package io.ordo.inventory.application;

import io.ordo.inventory.domain.Reservation;
import io.ordo.inventory.domain.ReservationOutcome;
import io.ordo.inventory.domain.Stock;
import io.ordo.inventory.published.events.InventoryEvents;
import io.ordo.platform.events.OutgoingEvent;
import io.ordo.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reserves stock for orders, all lines or none, and gives it back when an order will not be paid. */
@ApplicationScoped
public class StockReservations {

    @Inject
    Stock stock;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "ordo.inventory.reservation-minutes", defaultValue = "15")
    long reservationMinutes;

    private final Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public void reserveFor(UUID orderId, Map<String, Integer> quantities) {
        if (stock.reservation(orderId).isPresent()) {
            return; // already decided for this order: the event that announced it is in the outbox
        }
        Instant now = clock.instant();
        ReservationOutcome outcome = Reservation.reserve(orderId, quantities, stock.lockLevels(quantities.keySet()),
                now, now.plus(Duration.ofMinutes(reservationMinutes)));
        if (outcome instanceof ReservationOutcome.Reserved reserved) {
            stock.add(reserved.reservation());
            stock.record(reserved.movements());
            publish(orderId, InventoryEvents.STOCK_RESERVED,
                    new InventoryEvents.StockReserved(orderId, reserved.reservation().expiresAt()));
        } else if (outcome instanceof ReservationOutcome.Rejected rejected) {
            publish(orderId, InventoryEvents.STOCK_REJECTED,
                    new InventoryEvents.StockReservationRejected(orderId, "OUT_OF_STOCK", rejected.sku(),
                            rejected.requested(), rejected.available()));
        }
    }

    /** Releases the order's active reservation; an order that reserved nothing has nothing to give back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseFor(UUID orderId) {
        stock.reservation(orderId).filter(Reservation::active).ifPresent(reservation -> {
            stock.record(reservation.release(stock.lockLevels(reservation.lines().keySet())));
            publish(orderId, InventoryEvents.STOCK_RELEASED, new InventoryEvents.StockReleased(orderId));
        });
    }

    private void publish(UUID orderId, String type, Object payload) {
        outbox.add(new OutgoingEvent(type, InventoryEvents.AGGREGATE, orderId.toString(), 1, payload));
    }
}
