package io.ordo.platform.outbox;

import io.ordo.platform.events.Correlation;
import io.ordo.platform.events.EventEnvelope;
import io.ordo.platform.events.OutgoingEvent;
import io.ordo.platform.observability.TraceContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Stores events in the caller's transaction; callers must already be in one. Each envelope
 * carries the correlation id and the trace context of the work that caused it. When that
 * transaction commits, the relay is woken, so a new event waits for no poll.
 */
@ApplicationScoped
public class Outbox {

    private static final String WAKE_REGISTERED = Outbox.class.getName() + ".wake";

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    private final Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(OutgoingEvent event) {
        EventEnvelope envelope = event.toEnvelope(Instant.now(clock), Correlation.current(), TraceContext.currentTraceparent());
        entityManager.createNativeQuery("""
                insert into platform.outbox
                  (event_id, event_type, aggregate_type, aggregate_id, aggregate_version, occurred_at, correlation_id, envelope)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                """)
                .setParameter(1, envelope.id())
                .setParameter(2, envelope.type())
                .setParameter(3, envelope.aggregateType())
                .setParameter(4, envelope.aggregateId())
                .setParameter(5, envelope.aggregateVersion())
                .setParameter(6, envelope.occurredAt())
                .setParameter(7, envelope.correlationId())
                .setParameter(8, envelope.toJson())
                .executeUpdate();
        wakeRelayOnCommit();
    }

    /** Once per transaction, however many events it adds. */
    private void wakeRelayOnCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
