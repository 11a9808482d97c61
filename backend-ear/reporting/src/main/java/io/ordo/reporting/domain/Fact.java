package io.ordo.reporting.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What reporting learns from one event, in its own terms: the contexts' event types and payloads
 * are translated into these before any rule sees them.
 */
public sealed interface Fact {

    /** A fact about one order. */
    sealed interface AboutOrder extends Fact {
        UUID orderId();
    }

    /**
     * The order moved to {@code to}; {@code version} counts its transitions, so an older move
     * arriving late is recognised.
     *
     * @param terms what the event says about the order's money and lines, or null
     */
    record OrderMoved(UUID orderId, long version, OrderStatus to, Instant at, OrderTerms terms) implements AboutOrder {
    }

    /**
     * An attempt to pay for the order reached an outcome.
     *
     * @param amount   the amount captured or refunded, or null when the event does not say
     * @param currency its currency, or null when the event does not say
     */
    record PaymentSettled(UUID orderId, long attempt, PaymentOutcome outcome, BigDecimal amount, String currency,
                          Instant at) implements AboutOrder {
    }

    /**
     * A product's stock as inventory counted it; {@code version} orders the counts of one SKU.
     */
    record StockCounted(String sku, int onHand, int reserved, long version, Instant at) implements Fact {
    }
}
