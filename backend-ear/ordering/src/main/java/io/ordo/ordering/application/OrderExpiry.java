package io.ordo.ordering.application;

import io.ordo.platform.outbox.OutboxRelay;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the expiry of orders that waited too long, on every server: the orders are claimed
 * through the database with SKIP LOCKED, so each one is expired once, by one server.
 */
@ApplicationScoped
public class OrderExpiry {

    private static final Logger LOG = Logger.getLogger(OrderExpiry.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OrderExpiryBatch batch;

    @Inject
    @ConfigProperty(name = "ordo.ordering.expiry-interval-ms", defaultValue = "5000")
    long intervalMillis;

    private ScheduledFuture<?> job;

    void start(@Observes @Priority(OutboxRelay.START_PRIORITY) Startup startup) {
        job = scheduler.scheduleWithFixedDelay(this::expireDue, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (job != null) {
            job.cancel(false);
        }
    }

    private void expireDue() {
        try {
            while (batch.expireDue() == OrderExpiryBatch.SIZE) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Order expiry run failed; the next run tries again", e);
        }
    }
}
