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

        ReservationOutcome outcome = Reservation.reserve(order, Map.of("A", 8, "B", 1), levels, now, expiry);

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

        ReservationOutcome outcome = Reservation.reserve(order, Map.of("A", 3, "B", 1), levels, now, expiry);

        assertThat(outcome).isEqualTo(new ReservationOutcome.Rejected("B", 1, 0));
        assertThat(levels.get("A").reserved()).isZero();
    }

    @Test
    void a_sku_without_stock_is_rejected_with_nothing_available() {
        ReservationOutcome outcome = Reservation.reserve(order, Map.of("GHOST", 1), Map.of(), now, expiry);

        assertThat(outcome).isEqualTo(new ReservationOutcome.Rejected("GHOST", 1, 0));
    }

    @Test
    void releasing_gives_every_line_back_once() {
        Map<String, StockLevel> levels = Map.of("A", new StockLevel("A", 5, 0));
        var reserved = (ReservationOutcome.Reserved) Reservation.reserve(order, Map.of("A", 5), levels, now, expiry);

        reserved.reservation().release(levels);

        assertThat(levels.get("A").available()).isEqualTo(5);
        assertThat(reserved.reservation().status()).isEqualTo(Reservation.Status.RELEASED);
        assertThatThrownBy(() -> reserved.reservation().release(levels)).isInstanceOf(IllegalStateException.class);
        assertThat(levels.get("A").reserved()).isZero();
    }
}
