package io.ordo.platform.inbox;

import io.ordo.platform.deadletter.DeliveryFailures;
import io.ordo.platform.events.Correlation;
import io.ordo.platform.events.EventEnvelope;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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

    /**
     * Applies the events of a batch that were not applied before, in the order given, with their
     * inbox records, all in one transaction: all or nothing.
     *
     * @return the events applied now (redeliveries and duplicates within the batch left out)
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public List<EventEnvelope> applyAllInOwnTransaction(String consumer, List<Arrival> arrivals, EventHandler handler) {
        Set<UUID> firstDeliveries = firstDeliveries(consumer, arrivals.stream().map(Arrival::event).toList());
        List<Arrival> fresh = arrivals.stream().filter(arrival -> firstDeliveries.remove(arrival.event().id())).toList();
        if (handler.foldsBatches()) {
            handler.applyAll(fresh.stream().map(Arrival::event).toList());
        } else {
            for (Arrival arrival : fresh) {
                try (Scope scope = arrival.span().makeCurrent()) {
                    Correlation.within(arrival.event().correlationId(), () -> {
                        handler.apply(arrival.event());
                        return null;
                    });
                }
                // Written now, and let go of: every query flushes the whole persistence context
                // first, so entities kept for the rest of the batch made it quadratic in its size.
                entityManager.flush();
                entityManager.clear();
            }
        }
        entityManager.flush();
        // Only a message the broker delivered before can have failed before and left a count.
        arrivals.stream().filter(Arrival::redelivered).forEach(arrival -> failures.forget(consumer, arrival.message()));
        return fresh.stream().map(Arrival::event).toList();
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

    /** @return the ids among {@code events} that were never applied before, in one statement */
    private Set<UUID> firstDeliveries(String consumer, List<EventEnvelope> events) {
        StringBuilder sql = new StringBuilder("insert into platform.inbox (consumer, event_id, event_type) values ");
        for (int i = 0; i < events.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?1, ?").append(2 * i + 2).append(", ?").append(2 * i + 3).append(')');
        }
        sql.append(" on conflict do nothing returning event_id");
        Query insert = entityManager.createNativeQuery(sql.toString()).setParameter(1, consumer);
        for (int i = 0; i < events.size(); i++) {
            insert.setParameter(2 * i + 2, events.get(i).id()).setParameter(2 * i + 3, events.get(i).type());
        }
        Set<UUID> inserted = new HashSet<>();
        for (Object id : insert.getResultList()) {
            inserted.add(id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()));
        }
        return inserted;
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
