package io.ordo.reporting.infrastructure;

import io.ordo.platform.inbox.EventHandler;
import io.ordo.platform.inbox.InboundEvents;
import io.ordo.platform.migration.DatabaseMigrations;
import io.ordo.reporting.application.LiveProjection;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Every event of every context, from reporting's own queue, into the live read models, once
 * each (the inbox). Reporting follows events only: it never reads another context's tables.
 */
@ApplicationScoped
public class ReportingEventConsumer {

    static final String CONSUMER = "reporting";
    private static final long MIGRATION_WAIT_MINUTES = 2;

    @Inject
    InboundEvents inbound;

    @Inject
    LiveProjection projection;

    /**
     * The broker may deliver a backlog as soon as the application starts, before start-up has
     * created reporting's tables; failing those deliveries would park good events.
     */
    private final CountDownLatch migrated = new CountDownLatch(1);

    /** Every event: each one moves the read models' position in the history, which is how fresh they are. */
    private final EventHandler handler = EventHandler.everyEvent(event -> projection.apply(event));

    void registerForReplays(@Observes @Priority(DatabaseMigrations.PRIORITY + 1) Startup startup) {
        inbound.register(CONSUMER, handler);
        migrated.countDown();
    }

    @Incoming("reporting")
    @Blocking
    public void receive(String message) {
        awaitMigrations();
        inbound.applyOnce(CONSUMER, message, handler);
    }

    private void awaitMigrations() {
        try {
            if (!migrated.await(MIGRATION_WAIT_MINUTES, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the database was not migrated within " + MIGRATION_WAIT_MINUTES + " minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database migrations", e);
        }
    }
}
