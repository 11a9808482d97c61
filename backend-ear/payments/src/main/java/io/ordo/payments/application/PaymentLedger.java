package io.ordo.payments.application;

import io.ordo.payments.domain.GatewayPayment;
import io.ordo.payments.domain.Payment;
import io.ordo.payments.domain.PaymentStatus;
import io.ordo.payments.domain.Payments;
import io.ordo.payments.published.events.PaymentEvents;
import io.ordo.platform.events.OutgoingEvent;
import io.ordo.platform.money.Money;
import io.ordo.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The short transactions around gateway calls: each records what is known so far, and the
 * settling one announces the outcome through the outbox. No transaction is open during a call.
 */
@ApplicationScoped
public class PaymentLedger {

    /** What a gateway call needs to know of a payment, read in one transaction and used outside it. */
    public record Snapshot(UUID orderId, PaymentStatus status, String authorizationKey, String captureKey,
                           String gatewayPaymentId, Money amount, String paymentMethod) {

        static Snapshot of(Payment payment) {
            return new Snapshot(payment.orderId(), payment.status(), payment.authorizationKey(), payment.captureKey(),
                    payment.gatewayPaymentId(), payment.amount(), payment.paymentMethod());
        }
    }

    @Inject
    Payments payments;

    @Inject
    Outbox outbox;

    private final Clock clock = Clock.systemUTC();

    /**
     * Registers the payment of a reserved order, storing its idempotency key before any call.
     * A captured payment is never started again; a declined one gets a new attempt (order retried).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void register(UUID orderId, Money amount, String paymentMethod) {
        Optional<Payment> existing = payments.lock(orderId);
        if (existing.isEmpty()) {
            payments.add(Payment.start(orderId, amount, paymentMethod, clock.instant()));
        } else if (existing.get().status() == PaymentStatus.DECLINED) {
            existing.get().retryAfterDecline(clock.instant());
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Snapshot> snapshot(UUID orderId) {
        return payments.lock(orderId).map(Snapshot::of);
    }

    /** Records the gateway's answer; the move into a settled state is announced exactly once. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Snapshot record(UUID orderId, GatewayPayment answer) {
        Payment payment = payments.lock(orderId).orElseThrow();
        boolean wasSettled = payment.status().settled();
        payment.record(answer, clock.instant());
        if (!wasSettled && payment.status() == PaymentStatus.CAPTURED) {
            announce(payment, PaymentEvents.CAPTURED, new PaymentEvents.PaymentCaptured(orderId,
                    payment.amount().amount(), payment.amount().currencyCode(), payment.gatewayPaymentId()));
        } else if (!wasSettled && payment.status() == PaymentStatus.DECLINED) {
            announce(payment, PaymentEvents.DECLINED, new PaymentEvents.PaymentDeclined(orderId, payment.declineReason()));
        }
        return Snapshot.of(payment);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void outcomeUnknown(UUID orderId, String error) {
        payments.lock(orderId).ifPresent(payment -> payment.outcomeUnknown(error, clock.instant()));
    }

    /** Claims unsettled payments nobody has touched for {@code idleFor}, for reconciliation. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> claimUnsettled(Duration idleFor, int limit) {
        List<Payment> unsettled = payments.lockUnsettled(clock.instant().minus(idleFor), limit);
        unsettled.forEach(payment -> payment.outcomeUnknown(null, clock.instant()));
        return unsettled.stream().map(Payment::orderId).toList();
    }

    private void announce(Payment payment, String type, Object payload) {
        outbox.add(new OutgoingEvent(type, PaymentEvents.AGGREGATE, payment.orderId().toString(), payment.attempt(), payload));
    }
}
