package io.ordo.ordering.infrastructure;

import io.ordo.ordering.application.IdempotencyKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaIdempotencyKeys implements IdempotencyKeys {

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Override
    public Optional<Claimed> claim(String clientId, String key, String requestFingerprint, UUID orderId) {
        // PostgreSQL makes a concurrent insert of the same key wait for the first transaction,
        // then reports the conflict: the loser reads the winner's row below.
        int inserted = entityManager.createNativeQuery("""
                insert into ordering.idempotency_keys (client_id, idempotency_key, request_hash, order_id)
                values (?1, ?2, ?3, ?4)
                on conflict do nothing
                """)
                .setParameter(1, clientId)
                .setParameter(2, key)
                .setParameter(3, requestFingerprint)
                .setParameter(4, orderId)
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select request_hash, order_id from ordering.idempotency_keys
                where client_id = ?1 and idempotency_key = ?2
                """)
                .setParameter(1, clientId)
                .setParameter(2, key)
                .getSingleResult();
        return Optional.of(new Claimed((String) row[0], (UUID) row[1]));
    }
}
