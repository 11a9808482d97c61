package io.ordo.ordering.infrastructure;

import io.ordo.ordering.application.IdempotencyKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.UUID;

@ApplicationScoped
public class JpaIdempotencyKeys implements IdempotencyKeys {

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim claim(String clientId, String key, String requestFingerprint, Duration abandonedAfter) {
        int inserted = entityManager.createNativeQuery("""
                insert into ordering.idempotency_keys (client_id, idempotency_key, request_hash, status, claimed_at)
                values (?1, ?2, ?3, 'IN_FLIGHT', now())
                on conflict do nothing
                """)
                .setParameter(1, clientId)
                .setParameter(2, key)
                .setParameter(3, requestFingerprint)
                .executeUpdate();
        if (inserted == 1) {
            return new Claimed();
        }
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select request_hash, status, order_id, claimed_at < now() - make_interval(secs => ?3)
                from ordering.idempotency_keys
                where client_id = ?1 and idempotency_key = ?2
                for update
                """)
                .setParameter(1, clientId)
                .setParameter(2, key)
                .setParameter(3, (double) abandonedAfter.toSeconds())
                .getSingleResult();
        String fingerprint = (String) row[0];
        if ("COMPLETED".equals(row[1])) {
            return new Completed(fingerprint, (UUID) row[2]);
        }
        boolean abandoned = (Boolean) row[3];
        if (!abandoned || !fingerprint.equals(requestFingerprint)) {
            return new InFlight(fingerprint);
        }
        entityManager.createNativeQuery("""
                update ordering.idempotency_keys set claimed_at = now()
                where client_id = ?1 and idempotency_key = ?2
                """)
                .setParameter(1, clientId)
                .setParameter(2, key)
                .executeUpdate();
        return new Claimed();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String clientId, String key, UUID orderId) {
        entityManager.createNativeQuery("""
                update ordering.idempotency_keys set status = 'COMPLETED', order_id = ?3
                where client_id = ?1 and idempotency_key = ?2
                """)
                .setParameter(1, clientId)
                .setParameter(2, key)
                .setParameter(3, orderId)
                .executeUpdate();
    }
}
