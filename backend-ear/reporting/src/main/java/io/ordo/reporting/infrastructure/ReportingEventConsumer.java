package io.ordo.reporting.infrastructure;

import io.ordo.platform.inbox.EventHandler;
import io.ordo.platform.inbox.InboundEvents;
import io.ordo.platform.migration.DatabaseMigrations;
import io.ordo.reporting.application.LiveProjection;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Every event of every context, from reporting's own queue, into the live read models, once
 * each (the inbox), the events that arrive together folded into one write per row. Reporting
 * follows events only: it never reads another context's tables.
 */
@ApplicationScoped
public class ReportingEventConsumer {

    static final String CONSUMER = "reporting";

    @Inject
    InboundEvents inbound;

    @Inject
    LiveProjection projection;

    /** Every event: each one moves the read models' position in the history, which is how fresh they are. */
    private final EventHandler handler = EventHandler.everyEventInBatches(events -> projection.apply(events));

    /**
     * After the migrations: the broker may deliver a backlog as soon as the application starts,
     * and those messages wait until reporting's tables exist.
     */
    void register(@Observes @Priority(DatabaseMigrations.PRIORITY + 1) Startup startup) {
        inbound.register(CONSUMER, handler);
    }

    @Incoming("reporting")
    public CompletionStage<Void> receive(Message<String> message) {
        return inbound.accept(CONSUMER, message);
    }
}
