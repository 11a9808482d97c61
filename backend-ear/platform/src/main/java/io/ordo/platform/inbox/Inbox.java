package io.ordo.platform.inbox;

import io.ordo.platform.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class Inbox {

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    /**
     * Records that {@code consumer} applies {@code event} in the current transaction.
     *
     * @return false if it was applied before (a redelivery): the caller must skip the effect
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, EventEnvelope event) {
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
