package io.ordo.reporting.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What reporting remembers of one order so that later events can be counted right: where the
 * order stands, what it is worth, whether its sale and its refund were counted, and which
 * payment outcome was seen last.
 *
 * @param version        the number of transitions applied, 0 before the first
 * @param status         null until a transition was seen
 * @param currency       null until an event named it
 * @param soldOn         the day the order was counted as sold (when it became PAID), or null
 * @param refundedOn     the day its sale was counted as refunded, or null
 * @param paymentAttempt the payment attempt of the last outcome seen, 0 before any
 */
public record TrackedOrder(UUID id, long version, OrderStatus status, Instant statusSince, String currency,
                           BigDecimal total, List<SoldLine> lines, LocalDate soldOn, LocalDate refundedOn,
                           long paymentAttempt, PaymentOutcome paymentOutcome) {

    /** Currency code of an order no event has named a currency for (ISO 4217 "no currency"). */
    public static final String UNKNOWN_CURRENCY = "XXX";

    public TrackedOrder {
        lines = List.copyOf(lines);
    }

    /** An order no event has told anything about yet. */
    public static TrackedOrder unseen(UUID id) {
        return new TrackedOrder(id, 0, null, null, null, null, List.of(), null, null, 0, null);
    }

    /** Takes what the terms tell; lines are kept when the terms carry none. */
    TrackedOrder knowing(OrderTerms terms) {
        if (terms == null) {
            return this;
        }
        return new TrackedOrder(id, version, status, statusSince,
                terms.currency() != null ? terms.currency() : currency,
                terms.total() != null ? terms.total() : total,
                terms.lines().isEmpty() ? lines : terms.lines(),
                soldOn, refundedOn, paymentAttempt, paymentOutcome);
    }

    TrackedOrder movedTo(OrderStatus to, long newVersion, Instant at) {
        return new TrackedOrder(id, newVersion, to, at, currency, total, lines, soldOn, refundedOn, paymentAttempt, paymentOutcome);
    }

    TrackedOrder soldOn(LocalDate day) {
        return new TrackedOrder(id, version, status, statusSince, currency, total, lines, day, refundedOn, paymentAttempt, paymentOutcome);
    }

    TrackedOrder refundedOn(LocalDate day) {
        return new TrackedOrder(id, version, status, statusSince, currency, total, lines, soldOn, day, paymentAttempt, paymentOutcome);
    }

    TrackedOrder paid(long attempt, PaymentOutcome outcome) {
        return new TrackedOrder(id, version, status, statusSince, currency, total, lines, soldOn, refundedOn, attempt, outcome);
    }

    /** Whether this outcome is news: a later attempt, or a later step of the same attempt. */
    boolean isNewPaymentOutcome(long attempt, PaymentOutcome outcome) {
        return attempt > paymentAttempt || attempt == paymentAttempt && outcome.follows(paymentOutcome);
    }

    String currencyOrUnknown() {
        return currency != null ? currency : UNKNOWN_CURRENCY;
    }

    BigDecimal totalOrZero() {
        return total != null ? total : BigDecimal.ZERO;
    }

    int quantity() {
        return lines.stream().mapToInt(SoldLine::quantity).sum();
    }
}
