package io.ordo.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReservationTest {

    private final Instant now = Instant.parse("2026-01-01T10:00:00Z");
    private final Instant expiry = now.plusSeconds(900);
    private final UUID order = UUID.randomUUID();

    @Test
    void every_line_is_reserved_when_all_are_available() {
        Map<String, StockLevel> levels = Map.of("A", new StockLevel("A", 10, 2), "B", new StockLevel("B", 1, 0));

        ReservationOutcome outcome = Reservation.reserve(order, 2, Map.of("A", 8, "B", 1), levels, now, expiry);

        assertThat(outcome).isInstanceOf(ReservationOutcome.Reserved.class);
        var reserved = (ReservationOutcome.Reserved) outcome;
        assertThat(reserved.reservation().lines()).containsEntry("A", 8).containsEntry("B", 1);
        assertThat(reserved.movements()).extracting(StockMovement::kind).containsOnly(StockMovement.Kind.RESERVED);
        assertThat(levels.get("A").available()).isZero();
        assertThat(levels.get("B").available()).isZero();
    }

    @Test
    void nothing_is_reserved_when_one_line_is_short() {
        Map<String, StockLevel> levels = Map.of("A", new StockLevel("A", 10, 0), "B", new StockLevel("B", 1, 1));

        ReservationOutcome outcome = Reservation.reserve(order, 2, Map.of("A", 3, "B", 1), levels, now, expiry);

        assertThat(outcome).isEqualTo(new ReservationOutcome.Rejected("B", 1, 0));
        assertThat(levels.get("A").reserved()).isZero();
    }

    @Test
    void a_sku_without_stock_is_rejected_with_nothing_available() {
        ReservationOutcome outcome = Reservation.reserve(order, 2, Map.of("GHOST", 1), Map.of(), now, expiry);

        assertThat(outcome).isEqualTo(new ReservationOutcome.Rejected("GHOST", 1, 0));
    }

    @Test
    void releasing_gives_every_line_back_once() {
        Map<String, StockLevel> levels = Map.of("A", new StockLevel("A", 5, 0));
        var reserved = (ReservationOutcome.Reserved) Reservation.reserve(order, 2, Map.of("A", 5), levels, now, expiry);

        reserved.reservation().release(4, levels);

        assertThat(levels.get("A").available()).isEqualTo(5);
        assertThat(reserved.reservation().status()).isEqualTo(Reservation.Status.RELEASED);
        assertThatThrownBy(() -> reserved.reservation().release(5, levels)).isInstanceOf(IllegalStateException.class);
        assertThat(levels.get("A").reserved()).isZero();
    }

    @Test
    void shipping_takes_the_stock_out_of_on_hand_and_reserved() {
        Map<String, StockLevel> levels = Map.of("A", new StockLevel("A", 5, 0));
        var reserved = (ReservationOutcome.Reserved) Reservation.reserve(order, 2, Map.of("A", 2), levels, now, expiry);

        var movements = reserved.reservation().ship(5, levels);

        assertThat(levels.get("A").onHand()).isEqualTo(3);
        assertThat(levels.get("A").reserved()).isZero();
        assertThat(movements).extracting(StockMovement::kind).containsExactly(StockMovement.Kind.SHIPPED);
    }

    @Test
    void a_late_request_is_outdated_only_by_a_newer_order_event() {
        Map<String, StockLevel> levels = Map.of("A", new StockLevel("A", 5, 0));
        var reserved = (ReservationOutcome.Reserved) Reservation.reserve(order, 2, Map.of("A", 1), levels, now, expiry);
        reserved.reservation().release(4, levels);

        assertThat(reserved.reservation().outdatedBy(2)).as("the replayed original request").isFalse();
        assertThat(reserved.reservation().outdatedBy(6)).as("the order retried after its expiry").isTrue();
    }

    @Test
    void an_order_that_ended_before_reserving_holds_nothing_for_a_late_request() {
        Reservation tombstone = Reservation.endedBeforeReserving(order, 3, now);

        assertThat(tombstone.active()).isFalse();
        assertThat(tombstone.outdatedBy(2)).isFalse();
    }

    @Test
    void a_retried_order_renews_its_reservation_all_or_nothing() {
        Map<String, StockLevel> levels = Map.of("A", new StockLevel("A", 5, 0), "B", new StockLevel("B", 1, 0));
        var first = (ReservationOutcome.Reserved) Reservation.reserve(order, 2, Map.of("A", 2), levels, now, expiry);
        first.reservation().release(4, levels);

        ReservationOutcome shortOfB = first.reservation().renew(6, Map.of("A", 2, "B", 2), levels, expiry);
        ReservationOutcome renewed = first.reservation().renew(8, Map.of("A", 2, "B", 1), levels, expiry);

        assertThat(shortOfB).isEqualTo(new ReservationOutcome.Rejected("B", 2, 1));
        assertThat(renewed).isInstanceOf(ReservationOutcome.Reserved.class);
        assertThat(first.reservation().active()).isTrue();
        assertThat(levels.get("A").reserved()).isEqualTo(2);
        assertThat(levels.get("B").reserved()).isEqualTo(1);
    }
}
