package io.ordo.payments.application;

import io.ordo.payments.domain.GatewayPayment;
import io.ordo.payments.domain.GatewayStep;
import io.ordo.payments.domain.PaymentGateway;
import io.ordo.platform.events.Correlation;
import io.ordo.platform.observability.TraceContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Drives a payment to its outcome, one gateway call at a time: a sale (authorized and captured in
 * one call), or void or refund when the order is no longer wanted. Every call uses a key stored before it, so
 * running this again (a redelivered event, the reconciliation job, another server) repeats the
 * same operations at the gateway instead of charging again. When the answer to an authorization
 * is lost, the payment is UNKNOWN and the next run first asks the gateway what it did.
 *
 * <p>Settling runs in the background, one run per payment at a time on this server, so that a
 * slow gateway never holds up the event queue: a cancellation arriving meanwhile is recorded at
 * once and seen before the next call.
 */
@ApplicationScoped
public class PaymentProcessor {

    private static final Logger LOG = Logger.getLogger(PaymentProcessor.class.getName());

    @Inject
    PaymentLedger ledger;

    @Inject
    PaymentGateway gateway;

    @Resource
    ManagedExecutorService executor;

    private final Set<UUID> settling = ConcurrentHashMap.newKeySet();

    /**
     * Once the transaction that registered gateway work commits, settles the payment in the
     * background (a crash before that is covered by reconciliation).
     */
    void settleAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PaymentLedger.SettlementDue due) {
        // In the trace of the work that registered it, like the events the settlement writes.
        executor.execute(TraceContext.carried(() -> Correlation.within(due.correlationId(), () -> {
            settle(due.orderId());
            return null;
        })));
    }

    /** Settles the payment now, unless this server is already doing it. */
    public void settle(UUID orderId) {
        if (!settling.add(orderId)) {
            return;
        }
        try {
            settleOnce(orderId);
        } finally {
            settling.remove(orderId);
        }
    }

    private void settleOnce(UUID orderId) {
        Optional<PaymentLedger.Snapshot> current = ledger.snapshot(orderId);
        try {
            while (current.isPresent() && current.get().nextStep() != GatewayStep.NONE) {
                current = Optional.of(ledger.record(orderId, call(current.get())));
            }
        } catch (PaymentGateway.Unavailable | FaultToleranceException e) {
            // Even a call that ends refused may follow a retried attempt that timed out after
            // reaching the gateway: only the gateway knows, so the outcome is unknown.
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warning(() -> "Payment of order " + orderId + " not settled now, will be reconciled: " + error);
            ledger.outcomeUnknown(orderId, error);
        }
    }

    private GatewayPayment call(PaymentLedger.Snapshot payment) {
        return switch (payment.nextStep()) {
            case LOOK_UP -> gateway.findByIdempotencyKey(payment.authorizationKey()).orElseGet(() -> firstCall(payment.firstCall(), payment));
            case CHARGE, AUTHORIZE -> firstCall(payment.nextStep(), payment);
            case CAPTURE -> gateway.capture(payment.captureKey(), payment.gatewayPaymentId());
            case VOID -> gateway.voidAuthorization(payment.voidKey(), payment.gatewayPaymentId());
            case REFUND -> gateway.refund(payment.refundKey(), payment.gatewayPaymentId());
            case NONE -> throw new IllegalStateException("no gateway call to make for order " + payment.orderId());
        };
    }

    private GatewayPayment firstCall(GatewayStep step, PaymentLedger.Snapshot payment) {
        String reference = payment.orderId().toString();
        return step == GatewayStep.CHARGE
                ? gateway.charge(payment.authorizationKey(), payment.amount(), reference, payment.paymentMethod())
                : gateway.authorize(payment.authorizationKey(), payment.amount(), reference, payment.paymentMethod());
    }
}
