package io.ordo.payments.domain;

import io.ordo.platform.money.Money;
import java.util.Optional;

/**
 * The external card gateway. Every call carries an idempotency key: the same key always refers
 * to the same operation, so repeating a call whose answer was lost cannot charge twice.
 */
public interface PaymentGateway {

    GatewayPayment authorize(String idempotencyKey, Money amount, String reference, String paymentMethod);

    /** Authorizes and captures in one call (a sale). */
    GatewayPayment charge(String idempotencyKey, Money amount, String reference, String paymentMethod);

    GatewayPayment capture(String idempotencyKey, String gatewayPaymentId);

    /** Releases an authorization that was not captured. */
    GatewayPayment voidAuthorization(String idempotencyKey, String gatewayPaymentId);

    /** Gives back everything that was captured. */
    GatewayPayment refund(String idempotencyKey, String gatewayPaymentId);

    /** What the gateway did with a call made with this key; empty if it never received it. */
    Optional<GatewayPayment> findByIdempotencyKey(String idempotencyKey);

    /** A call that got no usable answer (timeout, connection failure, 5xx, circuit open). */
    class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
