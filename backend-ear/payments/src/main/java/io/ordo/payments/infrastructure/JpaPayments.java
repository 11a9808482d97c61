package io.ordo.payments.infrastructure;

import io.ordo.payments.domain.Payment;
import io.ordo.payments.domain.Payments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaPayments implements Payments {

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Override
    public Optional<Payment> lock(UUID orderId) {
        return Optional.ofNullable(entityManager.find(Payment.class, orderId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(Payment payment) {
        entityManager.persist(payment);
    }

    @Override
    public List<Payment> lockUnsettled(Instant before, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                select order_id from payments.payments
                where (status in ('PENDING', 'UNKNOWN', 'AUTHORIZED') or (cancel_requested and status = 'CAPTURED'))
                  and updated_at < ?1
                order by updated_at
                limit ?2
                for update skip locked
                """)
                .setParameter(1, java.sql.Timestamp.from(before))
                .setParameter(2, limit)
                .getResultList();
        return ids.stream().map(id -> entityManager.find(Payment.class, id)).toList();
    }
}
