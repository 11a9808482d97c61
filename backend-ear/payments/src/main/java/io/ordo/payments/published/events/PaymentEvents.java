package io.ordo.payments.published.events;

import java.math.BigDecimal;
import java.util.UUID;

/** The event types payments publishes, and their payloads. */
public final class PaymentEvents {

    public static final String AGGREGATE = "Payment";
    public static final String CAPTURED = "PaymentCaptured";
    public static final String DECLINED = "PaymentDeclined";

    private PaymentEvents() {
    }

    /** The order's total was captured by the gateway. */
    public record PaymentCaptured(UUID orderId, BigDecimal amount, String currency, String gatewayPaymentId) {
    }

    /** The gateway refused the payment; nothing was charged. */
    public record PaymentDeclined(UUID orderId, String declineReason) {
    }
}
