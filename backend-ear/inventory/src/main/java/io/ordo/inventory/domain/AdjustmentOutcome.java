package io.ordo.inventory.domain;

/** The answer to a change of stock by hand: an expected refusal is a result, not an exception. */
public sealed interface AdjustmentOutcome {

    record Adjusted(StockMovement movement) implements AdjustmentOutcome {
    }

    /** Nothing changed: {@code why} says which invariant the change would have broken. */
    record Refused(String sku, int change, int onHand, int reserved, String why) implements AdjustmentOutcome {
    }
}
