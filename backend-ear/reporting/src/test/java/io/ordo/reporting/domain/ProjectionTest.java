package io.ordo.reporting.domain;

import static io.ordo.reporting.domain.Facts.MONDAY;
import static io.ordo.reporting.domain.Facts.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProjectionTest {

    private static final LocalDate MONDAY_DATE = LocalDate.of(2026, 11, 23);
    private static final LocalDate TUESDAY_DATE = LocalDate.of(2026, 11, 24);

    private final UUID order = UUID.randomUUID();
    private final Projection projection = new Projection(Map.of(), Map.of());

    private void applyAll(List<Fact> facts) {
        facts.forEach(projection::apply);
    }

    @Test
    void an_order_counts_as_sold_on_the_day_it_became_paid_with_its_lines_per_product() {
        applyAll(Facts.paidOnMonday(order));

        Tally tally = projection.tally();
        assertThat(tally.salesByDay()).containsOnlyKeys(new Tally.SalesKey(MONDAY_DATE, "EUR"));
        SalesFigures day = tally.salesByDay().get(new Tally.SalesKey(MONDAY_DATE, "EUR"));
        assertThat(day.orders()).isEqualTo(1);
        assertThat(day.quantity()).isEqualTo(3);
        assertThat(day.revenue()).isEqualByComparingTo("214.30");
        SalesFigures keyboards = tally.salesByProduct().get(new Tally.ProductSalesKey(MONDAY_DATE, "KB-001", "EUR"));
        assertThat(keyboards.quantity()).isEqualTo(2);
        assertThat(keyboards.revenue()).isEqualByComparingTo("179.80");
        assertThat(tally.salesByProduct().get(new Tally.ProductSalesKey(MONDAY_DATE, "MS-002", "EUR")).revenue())
                .isEqualByComparingTo("34.50");
        assertThat(tally.productNames()).containsEntry("KB-001", "Mechanical keyboard");
    }

    @Test
    void a_redelivered_or_late_event_changes_nothing() {
        applyAll(List.of(Facts.created(order, 1, MONDAY), Facts.moved(order, 3, OrderStatus.RESERVED, MONDAY)));

        boolean late = projection.apply(Facts.moved(order, 2, OrderStatus.VALIDATED, MONDAY));
        boolean again = projection.apply(Facts.moved(order, 3, OrderStatus.RESERVED, MONDAY));

        assertThat(late).isFalse();
        assertThat(again).isFalse();
        assertThat(projection.tally().ordersByStatus()).containsOnly(Map.entry(OrderStatus.RESERVED, 1L));
        assertThat(projection.newOrders()).singleElement().satisfies(tracked -> {
            assertThat(tracked.status()).isEqualTo(OrderStatus.RESERVED);
            assertThat(tracked.version()).isEqualTo(3);
        });
    }

    @Test
    void each_move_leaves_one_status_for_another_and_counts_as_a_change_of_its_day() {
        applyAll(Facts.paidOnMonday(order));
        projection.apply(Facts.moved(order, 5, OrderStatus.SHIPPED, TUESDAY));

        assertThat(projection.tally().ordersByStatus()).containsOnly(Map.entry(OrderStatus.SHIPPED, 1L));
        assertThat(projection.tally().statusChanges()).containsOnly(
                Map.entry(new Tally.StatusChangeKey(MONDAY_DATE, OrderStatus.CREATED), 1L),
                Map.entry(new Tally.StatusChangeKey(MONDAY_DATE, OrderStatus.VALIDATED), 1L),
                Map.entry(new Tally.StatusChangeKey(MONDAY_DATE, OrderStatus.RESERVED), 1L),
                Map.entry(new Tally.StatusChangeKey(MONDAY_DATE, OrderStatus.PAID), 1L),
                Map.entry(new Tally.StatusChangeKey(TUESDAY_DATE, OrderStatus.SHIPPED), 1L));
        assertThat(projection.newOrders().get(0).statusSince()).isEqualTo(TUESDAY);
    }

    @Test
    void a_refund_counts_against_the_sales_of_its_day_once_and_only_for_an_order_counted_as_sold() {
        UUID neverPaid = UUID.randomUUID();
        applyAll(Facts.paidOnMonday(order));
        applyAll(List.of(
                Facts.moved(order, 5, OrderStatus.CANCELLED, TUESDAY),
                Facts.payment(order, 1, PaymentOutcome.REFUNDED, "214.30", TUESDAY),
                Facts.payment(order, 1, PaymentOutcome.REFUNDED, "214.30", TUESDAY),
                Facts.created(neverPaid, 1, TUESDAY),
                Facts.payment(neverPaid, 1, PaymentOutcome.REFUNDED, "214.30", TUESDAY)));

        SalesFigures tuesday = projection.tally().salesByDay().get(new Tally.SalesKey(TUESDAY_DATE, "EUR"));
        assertThat(tuesday.orders()).isZero();
        assertThat(tuesday.refundedOrders()).isEqualTo(1);
        assertThat(tuesday.refundedQuantity()).isEqualTo(3);
        assertThat(tuesday.refunds()).isEqualByComparingTo("214.30");
        assertThat(projection.tally().salesByProduct().get(new Tally.ProductSalesKey(TUESDAY_DATE, "KB-001", "EUR")).refunds())
                .isEqualByComparingTo("179.80");
        PaymentFigures refunds = projection.tally().paymentOutcomes()
                .get(new Tally.PaymentKey(TUESDAY_DATE, "EUR", PaymentOutcome.REFUNDED));
        assertThat(refunds.payments()).isEqualTo(2);
        assertThat(refunds.amount()).isEqualByComparingTo("428.60");
    }

    @Test
    void a_capture_announced_again_counts_once_and_a_new_attempt_counts_anew() {
        applyAll(List.of(
                Facts.created(order, 1, MONDAY),
                Facts.payment(order, 1, PaymentOutcome.DECLINED, null, MONDAY),
                Facts.payment(order, 2, PaymentOutcome.CAPTURED, "214.30", MONDAY),
                Facts.payment(order, 2, PaymentOutcome.CAPTURED, "214.30", MONDAY),
                Facts.payment(order, 1, PaymentOutcome.DECLINED, null, MONDAY)));

        Map<Tally.PaymentKey, PaymentFigures> outcomes = projection.tally().paymentOutcomes();
        assertThat(outcomes.get(new Tally.PaymentKey(MONDAY_DATE, "EUR", PaymentOutcome.DECLINED)).payments()).isEqualTo(1);
        assertThat(outcomes.get(new Tally.PaymentKey(MONDAY_DATE, "EUR", PaymentOutcome.DECLINED)).amount())
                .as("a declined payment is worth the order's total").isEqualByComparingTo("214.30");
        assertThat(outcomes.get(new Tally.PaymentKey(MONDAY_DATE, "EUR", PaymentOutcome.CAPTURED)).payments()).isEqualTo(1);
    }

    @Test
    void a_capture_tells_the_currency_and_total_of_an_order_whose_creation_did_not() {
        applyAll(List.of(
                new Fact.OrderMoved(order, 1, OrderStatus.CREATED, MONDAY, null),
                Facts.payment(order, 1, PaymentOutcome.CAPTURED, "99.00", MONDAY),
                Facts.moved(order, 2, OrderStatus.PAID, MONDAY)));

        SalesFigures monday = projection.tally().salesByDay().get(new Tally.SalesKey(MONDAY_DATE, "EUR"));
        assertThat(monday.orders()).isEqualTo(1);
        assertThat(monday.quantity()).as("no lines were told").isZero();
        assertThat(monday.revenue()).isEqualByComparingTo("99.00");
        assertThat(projection.tally().salesByProduct()).isEmpty();
    }

    @Test
    void the_newest_count_of_a_product_wins_whatever_order_they_come_in() {
        applyAll(List.of(Facts.stock("KB-001", 100, 0, 0), Facts.stock("KB-001", 100, 2, 7),
                Facts.stock("KB-001", 100, 5, 4)));

        assertThat(projection.newStock()).singleElement().satisfies(level -> {
            assertThat(level.reserved()).isEqualTo(2);
            assertThat(level.available()).isEqualTo(98);
            assertThat(level.version()).isEqualTo(7);
        });
    }

    @Test
    void what_the_read_models_held_is_updated_and_the_rest_is_new() {
        TrackedOrder known = TrackedOrder.unseen(order).movedTo(OrderStatus.CREATED, 1, MONDAY);
        StockLevel counted = new StockLevel("KB-001", 100, 0, 3, MONDAY);
        Projection withKnown = new Projection(Map.of(order, known), Map.of("KB-001", counted));
        UUID other = UUID.randomUUID();

        withKnown.apply(Facts.moved(order, 2, OrderStatus.VALIDATED, MONDAY));
        withKnown.apply(Facts.created(other, 1, MONDAY));
        withKnown.apply(Facts.stock("KB-001", 100, 2, 4));
        withKnown.apply(Facts.stock("MS-002", 50, 0, 1));

        assertThat(withKnown.updatedOrders()).extracting(TrackedOrder::id).containsExactly(order);
        assertThat(withKnown.newOrders()).extracting(TrackedOrder::id).containsExactly(other);
        assertThat(withKnown.updatedStock()).extracting(StockLevel::sku).containsExactly("KB-001");
        assertThat(withKnown.newStock()).extracting(StockLevel::sku).containsExactly("MS-002");
        assertThat(withKnown.tally().ordersByStatus())
                .as("the known order left CREATED as the new one entered it")
                .containsOnly(Map.entry(OrderStatus.VALIDATED, 1L));
    }

    @Test
    void a_declined_payment_without_a_known_total_is_worth_nothing_rather_than_guessed() {
        projection.apply(Facts.payment(order, 1, PaymentOutcome.DECLINED, null, MONDAY));

        PaymentFigures declined = projection.tally().paymentOutcomes()
                .get(new Tally.PaymentKey(MONDAY_DATE, TrackedOrder.UNKNOWN_CURRENCY, PaymentOutcome.DECLINED));
        assertThat(declined.payments()).isEqualTo(1);
        assertThat(declined.amount()).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
