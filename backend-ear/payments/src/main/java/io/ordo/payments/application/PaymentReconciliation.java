package io.ordo.payments.application;

import io.ordo.platform.outbox.OutboxRelay;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settles payments that were left unsettled (a gateway timeout, an open circuit, a crash between
 * the gateway's answer and our commit). Payments are claimed through the database with SKIP
 * LOCKED, so with several servers each payment is reconciled by one of them at a time.
 */
@ApplicationScoped
public class PaymentReconciliation {

    private static final Logger LOG = Logger.getLogger(PaymentReconciliation.class.getName());
    private static final int BATCH = 20;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    PaymentLedger ledger;

    @Inject
    PaymentProcessor processor;

    @Inject
    @ConfigProperty(name = "ordo.payments.reconcile-interval-ms", defaultValue = "5000")
    long intervalMillis;

    @Inject
    @ConfigProperty(name = "ordo.payments.reconcile-after-ms", defaultValue = "10000")
    long idleMillis;

    private ScheduledFuture<?> job;

    void start(@Observes @Priority(OutboxRelay.START_PRIORITY) Startup startup) {
        job = scheduler.scheduleWithFixedDelay(this::reconcile, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (job != null) {
            job.cancel(false);
        }
    }

    private void reconcile() {
        try {
            for (var orderId : ledger.claimUnsettled(Duration.ofMillis(idleMillis), BATCH)) {
                processor.settle(orderId);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Payment reconciliation run failed; the next run tries again", e);
        }
    }
}
