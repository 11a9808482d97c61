package io.ordo.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class StockLevelTest {

    private static StockLevel level(int onHand, int reserved) {
        return new StockLevel("KB-001", onHand, reserved);
    }

    @Test
    void an_adjustment_moves_on_hand_and_is_recorded_as_a_signed_movement_with_who_and_why() {
        StockLevel level = level(10, 4);

        AdjustmentOutcome outcome = level.adjust(-3, "stock-take", "shelf B2", "alice");

        assertThat(level.onHand()).isEqualTo(7);
        assertThat(level.reserved()).isEqualTo(4);
        StockMovement movement = ((AdjustmentOutcome.Adjusted) outcome).movement();
        assertThat(movement.kind()).isEqualTo(StockMovement.Kind.ADJUSTED);
        assertThat(movement.quantity()).isEqualTo(-3);
        assertThat(movement.reason()).isEqualTo("stock-take");
        assertThat(movement.note()).isEqualTo("shelf B2");
        assertThat(movement.actor()).isEqualTo("alice");
    }

    @Test
    void an_adjustment_that_would_leave_less_on_hand_than_reserved_is_refused_and_changes_nothing() {
        StockLevel level = level(10, 4);

        AdjustmentOutcome outcome = level.adjust(-7, "broken", null, "alice");

        assertThat(outcome).isInstanceOfSatisfying(AdjustmentOutcome.Refused.class,
                refused -> assertThat(refused.why()).contains("4 are reserved").contains("at most 6"));
        assertThat(level.onHand()).isEqualTo(10);
    }

    @Test
    void an_adjustment_below_zero_is_refused() {
        StockLevel level = level(2, 0);

        assertThat(level.adjust(-3, "lost", null, "alice")).isInstanceOf(AdjustmentOutcome.Refused.class);
        assertThat(level.onHand()).isEqualTo(2);
    }

    @Test
    void taking_out_exactly_what_is_not_reserved_is_allowed() {
        StockLevel level = level(10, 4);

        assertThat(level.adjust(-6, "sold at the counter", null, "bob")).isInstanceOf(AdjustmentOutcome.Adjusted.class);
        assertThat(level.available()).isZero();
    }

    @Test
    void a_receipt_adds_stock_and_an_adjustment_of_nothing_is_a_programming_error() {
        StockLevel level = level(0, 0);

        level.receive(5, "delivery 42", null, "bob");

        assertThat(level.onHand()).isEqualTo(5);
        assertThatThrownBy(() -> level.adjust(0, "nothing", null, "bob")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void repair_sets_the_level_to_what_the_ledger_adds_up_to_but_never_to_impossible_figures() {
        StockLevel level = level(50, 0);
        level.reserve(2, UUID.randomUUID());

        level.repairTo(LedgerFigures.of(100, -10, 5, 1, 2));

        assertThat(level.onHand()).isEqualTo(88);
        assertThat(level.reserved()).isEqualTo(2);
        assertThatThrownBy(() -> level.repairTo(new LedgerFigures(1, 2))).isInstanceOf(IllegalArgumentException.class);
    }
}
