package io.ordo.reporting.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Facts as the events of one order's life would give them, for the projection tests. */
final class Facts {

    static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    static final Instant TUESDAY = MONDAY.plus(Duration.ofDays(1));

    static final SoldLine KEYBOARD = new SoldLine("KB-001", "Mechanical keyboard", 2, new BigDecimal("89.90"));
    static final SoldLine MOUSE = new SoldLine("MS-002", "Wireless mouse", 1, new BigDecimal("34.50"));

    private Facts() {
    }

    /** An order placed with a keyboard and a mouse: 214.30 EUR. */
    static Fact.OrderMoved created(UUID order, long version, Instant at) {
        return new Fact.OrderMoved(order, version, OrderStatus.CREATED, at,
                new OrderTerms("EUR", new BigDecimal("214.30"), List.of(KEYBOARD, MOUSE)));
    }

    static Fact.OrderMoved moved(UUID order, long version, OrderStatus to, Instant at) {
        return new Fact.OrderMoved(order, version, to, at, null);
    }

    static Fact.PaymentSettled payment(UUID order, long attempt, PaymentOutcome outcome, String amount, Instant at) {
        return new Fact.PaymentSettled(order, attempt, outcome, amount == null ? null : new BigDecimal(amount),
                amount == null ? null : "EUR", at);
    }

    /** The facts of an order placed, reserved, captured and paid on Monday: versions 1 to 4. */
    static List<Fact> paidOnMonday(UUID order) {
        return List.of(
                created(order, 1, MONDAY),
                moved(order, 2, OrderStatus.VALIDATED, MONDAY),
                moved(order, 3, OrderStatus.RESERVED, MONDAY),
                payment(order, 1, PaymentOutcome.CAPTURED, "214.30", MONDAY),
                moved(order, 4, OrderStatus.PAID, MONDAY));
    }

    static Fact.StockCounted stock(String sku, int onHand, int reserved, long version) {
        return new Fact.StockCounted(sku, onHand, reserved, version, MONDAY);
    }
}
