package io.ordo.reporting.application;

import io.ordo.platform.events.EventEnvelope;
import io.ordo.reporting.domain.Fact;
import io.ordo.reporting.domain.OrderStatus;
import io.ordo.reporting.domain.OrderTerms;
import io.ordo.reporting.domain.PaymentOutcome;
import io.ordo.reporting.domain.SoldLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Translates the other contexts' events into reporting's facts. Payloads are read into
 * reporting's own records (a tolerant reader): fields an event does not carry, such as the lines
 * of an OrderCreated written before it carried them, are simply unknown.
 */
public final class EventFacts {

    private static final Map<String, OrderStatus> ORDER_MOVES = Map.of(
            "OrderCreated", OrderStatus.CREATED,
            "OrderValidated", OrderStatus.VALIDATED,
            "OrderReserved", OrderStatus.RESERVED,
            "OrderPaid", OrderStatus.PAID,
            "OrderFailed", OrderStatus.FAILED,
            "OrderExpired", OrderStatus.EXPIRED,
            "OrderCancelled", OrderStatus.CANCELLED,
            "OrderShipped", OrderStatus.SHIPPED);

    private static final Map<String, PaymentOutcome> PAYMENT_OUTCOMES = Map.of(
            "PaymentCaptured", PaymentOutcome.CAPTURED,
            "PaymentDeclined", PaymentOutcome.DECLINED,
            "PaymentVoided", PaymentOutcome.VOIDED,
            "PaymentRefunded", PaymentOutcome.REFUNDED);

    private static final String STOCK_LEVEL_CHANGED = "StockLevelChanged";
    /** Reservation events that carry the levels their movements left each product at. */
    private static final Set<String> RESERVATION_MOVES = Set.of("StockReserved", "StockReleased");

    /** Any order event: the order, and its money and lines where the event tells them. */
    public record OrderPayload(UUID orderId, String currency, BigDecimal total, BigDecimal amount, List<Line> lines) {
        public record Line(String sku, String name, int quantity, BigDecimal unitPrice) {
        }

        OrderTerms terms() {
            BigDecimal worth = total != null ? total : amount;
            List<SoldLine> sold = lines == null ? List.of() : lines.stream()
                    .filter(line -> line.sku() != null && line.unitPrice() != null)
                    .map(line -> new SoldLine(line.sku(), line.name(), line.quantity(), line.unitPrice()))
                    .toList();
            return currency == null && worth == null && sold.isEmpty() ? null : new OrderTerms(currency, worth, sold);
        }
    }

    /** Any payment event: the order, and the amount where the event tells it. */
    public record PaymentPayload(UUID orderId, BigDecimal amount, String currency) {
    }

    /** A product's stock level. */
    public record StockPayload(String sku, int onHand, int reserved) {
    }

    /** A reservation's movements: the level each left its product at, with the movement's ledger position. */
    public record ReservationPayload(List<Level> levels) {
        public record Level(String sku, int onHand, int reserved, long position) {
        }
    }

    private EventFacts() {
    }

    /** @return the facts the event tells; none for an event reporting does not follow */
    public static List<Fact> of(EventEnvelope event) {
        OrderStatus moved = ORDER_MOVES.get(event.type());
        if (moved != null) {
            OrderPayload order = event.payloadAs(OrderPayload.class);
            return List.of(new Fact.OrderMoved(order.orderId(), event.aggregateVersion(), moved, event.occurredAt(),
                    order.terms()));
        }
        PaymentOutcome outcome = PAYMENT_OUTCOMES.get(event.type());
        if (outcome != null) {
            PaymentPayload payment = event.payloadAs(PaymentPayload.class);
            return List.of(new Fact.PaymentSettled(payment.orderId(), event.aggregateVersion(), outcome,
                    payment.amount(), payment.currency(), event.occurredAt()));
        }
        if (STOCK_LEVEL_CHANGED.equals(event.type())) {
            StockPayload level = event.payloadAs(StockPayload.class);
            return List.of(new Fact.StockCounted(level.sku(), level.onHand(), level.reserved(),
                    event.aggregateVersion(), event.occurredAt()));
        }
        if (RESERVATION_MOVES.contains(event.type())) {
            // Written before reservations carried their levels: those came as StockLevelChanged events of their own.
            List<ReservationPayload.Level> levels = event.payloadAs(ReservationPayload.class).levels();
            return levels == null ? List.of() : levels.stream()
                    .map(level -> (Fact) new Fact.StockCounted(level.sku(), level.onHand(), level.reserved(), level.position(),
                            event.occurredAt()))
                    .toList();
        }
        return List.of();
    }
}
