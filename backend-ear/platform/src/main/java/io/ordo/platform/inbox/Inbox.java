package io.ordo.platform.inbox;

import io.ordo.platform.deadletter.DeliveryFailures;
import io.ordo.platform.events.Correlation;
import io.ordo.platform.events.EventEnvelope;
import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Applies a message through a consumer's handler together with its inbox record, so the effect
 * and the record that it happened commit or roll back as one; a redelivered event is skipped.
 */
@ApplicationScoped
public class Inbox {

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Inject
    DeliveryFailures failures;

    @Inject
    ConsumerDelays delays;

    /** The attempt of one delivery: it must have committed or rolled back before the message is settled. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public void applyInOwnTransaction(String consumer, String message, EventEnvelope event, EventHandler handler) {
        apply(consumer, message, event, handler);
    }

    /** For a replay, whose caller also marks the dead letter replayed in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyInCurrentTransaction(String consumer, String message, EventHandler handler) {
        apply(consumer, message, EventEnvelope.fromJson(message), handler);
    }

    private void apply(String consumer, String message, EventEnvelope event, EventHandler handler) {
        Correlation.within(event.correlationId(), () -> {
            if (firstDelivery(consumer, event)) {
                handler.apply(event);
                // Now rather than at commit: a statement that fails here throws its own error (a
                // constraint, a missing permission), which is what the failure record must show.
                entityManager.flush();
                delays.applied(consumer, event);
            } else {
                Span.current().setAttribute("ordo.redelivery", true);
            }
            return null;
        });
        failures.forget(consumer, message);
    }

    /** @return false if the event was applied before (a redelivery): the effect must be skipped */
    private boolean firstDelivery(String consumer, EventEnvelope event) {
        // "on conflict do nothing" rather than catching a duplicate key: in PostgreSQL a failed
        // statement aborts the whole transaction.
        int inserted = entityManager.createNativeQuery("""
                insert into platform.inbox (consumer, event_id, event_type) values (?1, ?2, ?3)
                on conflict do nothing
                """)
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .executeUpdate();
        return inserted == 1;
    }
}
