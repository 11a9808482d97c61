package io.ordo.inventory.domain;

import java.util.List;

/** The answer to a reservation request: an expected refusal is a result, not an exception. */
public sealed interface ReservationOutcome {

    record Reserved(Reservation reservation, List<StockMovement> movements) implements ReservationOutcome {
    }

    record Rejected(String sku, int requested, int available) implements ReservationOutcome {
    }
}
