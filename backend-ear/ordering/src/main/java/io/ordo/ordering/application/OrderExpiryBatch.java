package io.ordo.ordering.application;

import io.ordo.ordering.domain.Cause;
import io.ordo.ordering.domain.Order;
import io.ordo.ordering.domain.OrderStatus;
import io.ordo.ordering.published.events.OrderEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One batch of expiries in one transaction: RESERVED orders whose stock hold ran out unpaid,
 * and VALIDATED orders that got no reservation within the validation timeout. A RESERVED order
 * whose payment is in progress at the gateway (authorized, or outcome unknown while the gateway
 * is slow or down) is not expired: the customer may well have paid in time, and reconciliation
 * settles it either way; orders wait for the gateway rather than fail.
 */
@ApplicationScoped
public class OrderExpiryBatch {

    static final int SIZE = 50;

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Inject
    OrderEventPublisher events;

    @Inject
    @ConfigProperty(name = "ordo.ordering.validation-timeout-seconds", defaultValue = "300")
    long validationTimeoutSeconds;

    private final Clock clock = Clock.systemUTC();

    /** @return how many orders were expired */
    @Transactional
    public int expireDue() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<UUID> due = entityManager.createNativeQuery("""
                select id from ordering.orders
                where (status = 'RESERVED' and reserved_until <= ?1 and payment_status not in ('AUTHORIZED', 'UNKNOWN'))
                   or (status = 'VALIDATED' and updated_at <= ?2)
                order by updated_at
                limit ?3
                for update skip locked
                """)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, Timestamp.from(now.minus(Duration.ofSeconds(validationTimeoutSeconds))))
                .setParameter(3, SIZE)
                .getResultList();
        for (UUID id : due) {
            Order order = entityManager.find(Order.class, id);
            String reason = order.status() == OrderStatus.RESERVED
                    ? "reservation expired unpaid at " + order.reservedUntil()
                    : "no stock reservation within " + validationTimeoutSeconds + " s of validation";
            // The expiry continues the trail of the request that placed the order.
            String correlationId = order.history().get(order.history().size() - 1).correlationId();
            order.expire(new Cause(Cause.SYSTEM, reason, now, correlationId));
            events.publishStatusChange(order, OrderEvents.EXPIRED);
        }
        return due.size();
    }
}
