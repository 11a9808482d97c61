package io.ordo.payments.domain;

import io.ordo.platform.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/**
 * The payment of one order. The idempotency key is fixed per attempt before any gateway call;
 * authorization and capture use keys derived from it, so each call can be repeated safely.
 */
@Entity
@Table(name = "payments", schema = "payments")
public class Payment {

    @Id
    @Column(name = "order_id")
    private UUID orderId;

    @Column(nullable = false)
    private int attempt;

    @Column(name = "idempotency_key", nullable = false)
    private String idempotencyKey;

    @Column(name = "gateway_payment_id")
    private String gatewayPaymentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentStatus status;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private String currency;

    @Column(name = "payment_method", nullable = false)
    private String paymentMethod;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Payment() {
    }

    public static Payment start(UUID orderId, Money amount, String paymentMethod, Instant now) {
        Payment payment = new Payment();
        payment.orderId = orderId;
        payment.amount = amount.amount();
        payment.currency = amount.currencyCode();
        payment.paymentMethod = paymentMethod;
        payment.beginAttempt(1, now);
        return payment;
    }

    /** After a decline, a retried order pays in a new attempt with a new key; nothing else restarts. */
    public void retryAfterDecline(Instant now) {
        if (status != PaymentStatus.DECLINED) {
            throw new IllegalStateException("payment of order " + orderId + " is " + status + ", not declined");
        }
        beginAttempt(attempt + 1, now);
    }

    private void beginAttempt(int number, Instant now) {
        attempt = number;
        idempotencyKey = "order-" + orderId + "-" + number;
        gatewayPaymentId = null;
        declineReason = null;
        lastError = null;
        status = PaymentStatus.PENDING;
        updatedAt = now;
    }

    public String authorizationKey() {
        return idempotencyKey + ":authorize";
    }

    public String captureKey() {
        return idempotencyKey + ":capture";
    }

    /** Takes the gateway's answer (to a call or to a lookup) as the payment's new state. */
    public void record(GatewayPayment answer, Instant now) {
        gatewayPaymentId = answer.id();
        switch (answer.status()) {
            case AUTHORIZED -> status = PaymentStatus.AUTHORIZED;
            case CAPTURED -> status = PaymentStatus.CAPTURED;
            case DECLINED -> {
                status = PaymentStatus.DECLINED;
                declineReason = answer.declineReason() == null ? "declined" : answer.declineReason();
            }
            default -> throw new IllegalStateException("gateway reports payment " + answer.id() + " as " + answer.status()
                    + " while order " + orderId + " is being charged");
        }
        lastError = null;
        updatedAt = now;
    }

    /** A call got no answer: what the gateway did is unknown until it is asked. */
    public void outcomeUnknown(String error, Instant now) {
        if (!status.settled()) {
            status = PaymentStatus.UNKNOWN;
        }
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        updatedAt = now;
    }

    public UUID orderId() {
        return orderId;
    }

    public PaymentStatus status() {
        return status;
    }

    public Money amount() {
        return new Money(amount, Currency.getInstance(currency.trim()));
    }

    public String paymentMethod() {
        return paymentMethod;
    }

    public String gatewayPaymentId() {
        return gatewayPaymentId;
    }

    public String declineReason() {
        return declineReason;
    }

    public int attempt() {
        return attempt;
    }
}
