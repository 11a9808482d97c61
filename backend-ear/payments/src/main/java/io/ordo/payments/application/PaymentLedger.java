package io.ordo.payments.application;

import io.ordo.payments.domain.GatewayPayment;
import io.ordo.payments.domain.GatewayStep;
import io.ordo.payments.domain.Payment;
import io.ordo.payments.domain.PaymentStatus;
import io.ordo.payments.domain.Payments;
import io.ordo.payments.published.events.PaymentEvents;
import io.ordo.platform.events.Correlation;
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
 * The short transactions around gateway calls: each records what is known so far, and an
 * outcome is announced through the outbox exactly when it is reached. No transaction is open
 * during a gateway call.
 */
@ApplicationScoped
public class PaymentLedger {

    /** What the next gateway call needs, read in one transaction and used outside it. */
    public record Snapshot(UUID orderId, GatewayStep nextStep, GatewayStep firstCall, PaymentStatus status, String authorizationKey,
                           String captureKey, String voidKey, String refundKey, String gatewayPaymentId,
                           Money amount, String paymentMethod) {

        static Snapshot of(Payment payment) {
            return new Snapshot(payment.orderId(), payment.nextStep(), payment.firstCall(), payment.status(), payment.authorizationKey(),
                    payment.captureKey(), payment.voidKey(), payment.refundKey(), payment.gatewayPaymentId(),
                    payment.amount(), payment.paymentMethod());
        }
    }

    @Inject
    Payments payments;

    @Inject
    Outbox outbox;

    /** Fired when a payment has gateway work to do; settled once the transaction commits. */
    public record SettlementDue(UUID orderId, String correlationId) {
    }

    @Inject
    jakarta.enterprise.event.Event<SettlementDue> settlementDue;

    private final Clock clock = Clock.systemUTC();

    /**
     * Registers the payment of a reserved order, storing its idempotency key before any call. A
     * retried order reuses money already captured (announced again, never charged again) and
     * starts a new attempt only after a decline, void or refund.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void register(UUID orderId, Money amount, String paymentMethod) {
        Optional<Payment> existing = payments.lock(orderId);
        if (existing.isEmpty()) {
            payments.add(Payment.start(orderId, amount, paymentMethod, clock.instant()));
        } else {
            Payment payment = existing.get();
            payment.wantedAgain(clock.instant());
            if (payment.status() == PaymentStatus.CAPTURED) {
                announceCaptured(payment);
            }
        }
        settlementDue.fire(new SettlementDue(orderId, Correlation.current()));
    }

    /** The order will not be paid: whatever the payment holds or will hold is given back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean cancel(UUID orderId) {
        Optional<Payment> payment = payments.lock(orderId);
        payment.ifPresent(p -> {
            p.notWanted(clock.instant());
            settlementDue.fire(new SettlementDue(orderId, Correlation.current()));
        });
        return payment.isPresent();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Snapshot> snapshot(UUID orderId) {
        return payments.lock(orderId).map(Snapshot::of);
    }

    /** Records the gateway's answer, announcing the outcome it reaches. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Snapshot record(UUID orderId, GatewayPayment answer) {
        Payment payment = payments.lock(orderId).orElseThrow();
        PaymentStatus before = payment.status();
        payment.record(answer, clock.instant());
        if (payment.status() != before) {
            announce(payment);
        }
        return Snapshot.of(payment);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void outcomeUnknown(UUID orderId, String error) {
        payments.lock(orderId).ifPresent(payment -> {
            PaymentStatus before = payment.status();
            payment.outcomeUnknown(error, clock.instant());
            if (payment.status() != before) {
                announce(payment);
            }
        });
    }

    /** Claims payments with a call still to make that nobody touched for {@code idleFor}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> claimUnsettled(Duration idleFor, int limit) {
        List<Payment> unsettled = payments.lockUnsettled(clock.instant().minus(idleFor), limit);
        unsettled.forEach(payment -> payment.claimedForReconciliation(clock.instant()));
        return unsettled.stream().map(Payment::orderId).toList();
    }

    private void announce(Payment payment) {
        UUID orderId = payment.orderId();
        switch (payment.status()) {
            case CAPTURED -> {
                if (!payment.cancelRequested()) {
                    announceCaptured(payment);
                }
            }
            case DECLINED -> publish(payment, PaymentEvents.DECLINED,
                    new PaymentEvents.PaymentDeclined(orderId, payment.declineReason()));
            case VOIDED -> publish(payment, PaymentEvents.VOIDED, new PaymentEvents.PaymentVoided(orderId));
            case REFUNDED -> publish(payment, PaymentEvents.REFUNDED, new PaymentEvents.PaymentRefunded(orderId,
                    payment.amount().amount(), payment.amount().currencyCode()));
            case AUTHORIZED, UNKNOWN -> publish(payment, PaymentEvents.IN_PROGRESS,
                    new PaymentEvents.PaymentInProgress(orderId, payment.status().name()));
            default -> {
                // PENDING: nothing happened at the gateway yet
            }
        }
    }

    private void announceCaptured(Payment payment) {
        publish(payment, PaymentEvents.CAPTURED, new PaymentEvents.PaymentCaptured(payment.orderId(),
                payment.amount().amount(), payment.amount().currencyCode(), payment.gatewayPaymentId()));
    }

    private void publish(Payment payment, String type, Object payload) {
        outbox.add(new OutgoingEvent(type, PaymentEvents.AGGREGATE, payment.orderId().toString(), payment.attempt(), payload));
    }
}
