package io.ordo.payments.published.events;

import java.math.BigDecimal;
import java.util.UUID;

/** The event types payments publishes, and their payloads. */
public final class PaymentEvents {

    public static final String AGGREGATE = "Payment";
    public static final String CAPTURED = "PaymentCaptured";
    public static final String DECLINED = "PaymentDeclined";
    public static final String VOIDED = "PaymentVoided";
    public static final String REFUNDED = "PaymentRefunded";
    public static final String IN_PROGRESS = "PaymentInProgress";

    private PaymentEvents() {
    }

    /** The order's total was captured by the gateway. */
    public record PaymentCaptured(UUID orderId, BigDecimal amount, String currency, String gatewayPaymentId) {
    }

    /** The gateway refused the payment; nothing was charged. */
    public record PaymentDeclined(UUID orderId, String declineReason) {
    }

    /** An authorization for an order no longer wanted was released; nothing was charged. */
    public record PaymentVoided(UUID orderId) {
    }

    /**
     * The gateway holds (AUTHORIZED) or may hold (UNKNOWN) money for the order and the outcome is
     * being settled: the order must not be given up meanwhile.
     */
    public record PaymentInProgress(UUID orderId, String status) {
    }

    /** The money captured for an order no longer wanted was given back. */
    public record PaymentRefunded(UUID orderId, BigDecimal amount, String currency) {
    }
}
