package io.ordo.payments.application;

import io.ordo.payments.domain.GatewayPayment;
import io.ordo.payments.domain.PaymentGateway;
import io.ordo.payments.domain.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Drives a payment to its outcome: authorize, then capture. Every call uses the payment's stored
 * key, so calling this again (a redelivered event, the reconciliation job, another server) repeats
 * the same operations at the gateway instead of charging again. When a call gets no answer, the
 * payment is left UNKNOWN, and the next run first asks the gateway what it did with that key.
 */
@ApplicationScoped
public class PaymentProcessor {

    private static final Logger LOG = Logger.getLogger(PaymentProcessor.class.getName());

    @Inject
    PaymentLedger ledger;

    @Inject
    PaymentGateway gateway;

    public void settle(UUID orderId) {
        Optional<PaymentLedger.Snapshot> current = ledger.snapshot(orderId);
        try {
            while (current.isPresent() && !current.get().status().settled()) {
                current = Optional.of(ledger.record(orderId, nextAnswer(current.get())));
            }
        } catch (PaymentGateway.Unavailable | FaultToleranceException e) {
            LOG.warning(() -> "Payment of order " + orderId + " not settled now, will be reconciled: " + e.getMessage());
            ledger.outcomeUnknown(orderId, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private GatewayPayment nextAnswer(PaymentLedger.Snapshot payment) {
        if (payment.gatewayPaymentId() == null) {
            Optional<GatewayPayment> earlier = payment.status() == PaymentStatus.UNKNOWN
                    ? gateway.findByIdempotencyKey(payment.authorizationKey())
                    : Optional.empty();
            return earlier.orElseGet(() -> gateway.authorize(payment.authorizationKey(), payment.amount(),
                    payment.orderId().toString(), payment.paymentMethod()));
        }
        return gateway.capture(payment.captureKey(), payment.gatewayPaymentId());
    }
}
