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

    @Column(name = "cancel_requested", nullable = false)
    private boolean cancelRequested;

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

    /**
     * The order (retried) wants its money again. A payment that holds money or may still get it
     * carries on without a new charge; one that ended without money starts a new attempt under a
     * new key.
     *
     * @return true if a new attempt started
     */
    public boolean wantedAgain(Instant now) {
        cancelRequested = false;
        updatedAt = now;
        if (status.closed()) {
            beginAttempt(attempt + 1, now);
            return true;
        }
        return false;
    }

    /**
     * The order was cancelled, failed or expired: money held is given back (void or refund), and a
     * call still under way is undone once its outcome is known.
     */
    public void notWanted(Instant now) {
        if (!status.closed()) {
            cancelRequested = true;
            updatedAt = now;
        }
    }

    /** The gateway call that brings this payment closer to its outcome. */
    public GatewayStep nextStep() {
        return switch (status) {
            case DECLINED, VOIDED, REFUNDED -> GatewayStep.NONE;
            case CAPTURED -> cancelRequested ? GatewayStep.REFUND : GatewayStep.NONE;
            case AUTHORIZED -> cancelRequested ? GatewayStep.VOID : GatewayStep.CAPTURE;
            case UNKNOWN -> GatewayStep.LOOK_UP;
            case PENDING -> firstCall();
        };
    }

    /**
     * The call that creates the payment at the gateway, under the authorization key: a sale while
     * the order still wants it, one gateway call instead of two; an authorization alone once it no
     * longer does (a call made before a crash may have reached the gateway, so it is made again
     * under the same key and whatever it did is then undone).
     */
    public GatewayStep firstCall() {
        return cancelRequested ? GatewayStep.AUTHORIZE : GatewayStep.CHARGE;
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

    public String voidKey() {
        return idempotencyKey + ":void";
    }

    public String refundKey() {
        return idempotencyKey + ":refund";
    }

    /** Takes the gateway's answer (to a call or to a lookup) as the payment's new state. */
    public void record(GatewayPayment answer, Instant now) {
        gatewayPaymentId = answer.id();
        switch (answer.status()) {
            case AUTHORIZED -> status = PaymentStatus.AUTHORIZED;
            case CAPTURED -> status = PaymentStatus.CAPTURED;
            case VOIDED -> status = PaymentStatus.VOIDED;
            case REFUNDED -> status = PaymentStatus.REFUNDED;
            case DECLINED -> {
                status = PaymentStatus.DECLINED;
                declineReason = answer.declineReason() == null ? "declined" : answer.declineReason();
            }
            default -> throw new IllegalStateException("gateway reports payment " + answer.id() + " as " + answer.status());
        }
        lastError = null;
        updatedAt = now;
    }

    /**
     * A call got no answer. If it was the authorization, only the gateway knows whether the
     * payment exists: UNKNOWN until it is asked. Later calls act on a known gateway payment and
     * are repeated with their own keys, so the last known status stands.
     */
    public void outcomeUnknown(String error, Instant now) {
        if (gatewayPaymentId == null && !status.closed()) {
            status = PaymentStatus.UNKNOWN;
        }
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        updatedAt = now;
    }

    /** Claimed by a reconciliation run: other servers leave it alone for a while. */
    public void claimedForReconciliation(Instant now) {
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

    public boolean cancelRequested() {
        return cancelRequested;
    }

    public int attempt() {
        return attempt;
    }
}
