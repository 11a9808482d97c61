package io.ordo.sandbox.ledger;

import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

/**
 * One payment, immutable: each state change returns a new snapshot. Snapshots are what the
 * idempotency store keeps, so a replayed answer shows the payment as it was when first answered.
 */
public final class Payment {

    private final PaymentId id;
    private final PaymentStatus status;
    private final PaymentRequest request;
    private final DeclineReason declineReason;
    private final Money capturedAmount;
    private final Money refundedAmount;
    private final Instant createdAt;

    private Payment(PaymentId id, PaymentStatus status, PaymentRequest request, DeclineReason declineReason,
                    Money capturedAmount, Money refundedAmount, Instant createdAt) {
        this.id = id;
        this.status = status;
        this.request = request;
        this.declineReason = declineReason;
        this.capturedAmount = capturedAmount;
        this.refundedAmount = refundedAmount;
        this.createdAt = createdAt;
    }

    /**
     * The issuer's answer to a new payment: declined for a declining card (or when the caller
     * forces a decline), otherwise authorized, or captured at once if the request says so.
     */
    static Payment open(PaymentId id, PaymentRequest request, boolean forceDecline, Instant now) {
        Money nothing = Money.zero(request.amount().currency());
        Optional<DeclineReason> decline = forceDecline
                ? Optional.of(DeclineReason.CARD_DECLINED)
                : request.card().declineReason();
        if (decline.isPresent()) {
            return new Payment(id, PaymentStatus.DECLINED, request, decline.get(), nothing, nothing, now);
        }
        return request.capture()
                ? new Payment(id, PaymentStatus.CAPTURED, request, null, request.amount(), nothing, now)
                : new Payment(id, PaymentStatus.AUTHORIZED, request, null, nothing, nothing, now);
    }

    /** Takes the whole authorized amount. */
    PaymentChange capture() {
        if (status != PaymentStatus.AUTHORIZED) {
            return refused("only an AUTHORIZED payment can be captured");
        }
        return applied(PaymentStatus.CAPTURED, request.amount(), refundedAmount);
    }

    /** Releases the reserved money without taking it. */
    PaymentChange voidAuthorization() {
        if (status != PaymentStatus.AUTHORIZED) {
            return refused("only an AUTHORIZED payment can be voided");
        }
        return applied(PaymentStatus.VOIDED, capturedAmount, refundedAmount);
    }

    /**
     * Gives back part or all of what is left of the capture; the payment is REFUNDED once nothing
     * is left. Giving back more than is left is refused.
     */
    PaymentChange refund(Optional<Money> requested) {
        if (status != PaymentStatus.CAPTURED) {
            return refused("only a CAPTURED payment can be refunded");
        }
        Money refundable = capturedAmount.minus(refundedAmount);
        Money amount = requested.orElse(refundable);
        if (amount.compareTo(refundable) > 0) {
            return new PaymentChange.Refused("refund of " + amount.toPlainString() + " exceeds the "
                    + refundable.toPlainString() + " " + currency().getCurrencyCode() + " left to refund");
        }
        Money refunded = refundedAmount.plus(amount);
        PaymentStatus next = refunded.equals(capturedAmount) ? PaymentStatus.REFUNDED : PaymentStatus.CAPTURED;
        return applied(next, capturedAmount, refunded);
    }

    private PaymentChange applied(PaymentStatus next, Money captured, Money refunded) {
        return new PaymentChange.Applied(
                new Payment(id, next, request, declineReason, captured, refunded, createdAt));
    }

    private PaymentChange refused(String rule) {
        return new PaymentChange.Refused(rule + "; payment " + id + " is " + status);
    }

    public PaymentId id() {
        return id;
    }

    public PaymentStatus status() {
        return status;
    }

    public Money amount() {
        return request.amount();
    }

    public Currency currency() {
        return request.amount().currency();
    }

    public String reference() {
        return request.reference();
    }

    public TestCard card() {
        return request.card();
    }

    public Optional<DeclineReason> declineReason() {
        return Optional.ofNullable(declineReason);
    }

    public Money capturedAmount() {
        return capturedAmount;
    }

    public Money refundedAmount() {
        return refundedAmount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "Payment[" + id + " " + status + " " + amount().toPlainString() + " " + currency() + "]";
    }
}
