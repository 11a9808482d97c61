package io.ordo.ordering.application;

import io.ordo.ordering.domain.SealedCustomer;
import io.ordo.platform.outbox.OutboxRelay;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Seals, when the server starts, the customers of orders written before personal data was
 * encrypted, and clears their clear-text columns. Runs before the server takes requests, in
 * batches that several servers starting together share through SKIP LOCKED.
 */
@ApplicationScoped
public class LegacyCustomerSealing {

    private static final Logger LOG = Logger.getLogger(LegacyCustomerSealing.class.getName());
    static final int BATCH = 200;

    @Inject
    CustomerData customerData;

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Inject
    LegacyCustomerSealing self;

    void sealAtStart(@Observes @Priority(OutboxRelay.START_PRIORITY - 1) Startup startup) {
        int total = 0;
        int sealed;
        do {
            sealed = self.sealBatch();
            total += sealed;
        } while (sealed == BATCH);
        if (total > 0) {
            int orders = total;
            LOG.info(() -> "Sealed the customer data of " + orders + " orders written before it was encrypted");
        }
    }

    /** One batch in its own transaction; public so the call goes through the transactional proxy. */
    @Transactional
    public int sealBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, customer_name, customer_email, customer_phone, customer_address from ordering.orders
                where customer_key_id is null and customer_name is not null
                limit ?1
                for update skip locked
                """).setParameter(1, BATCH).getResultList();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            SealedCustomer customer = customerData.seal(id,
                    new PlaceOrder.CustomerDetails((String) row[1], (String) row[2], (String) row[3], (String) row[4]));
            entityManager.createNativeQuery("""
                    update ordering.orders
                    set customer_key_id = ?1, customer_sealed = ?2, customer_email_hash = ?3, customer_search = ?4,
                        customer_name = null, customer_email = null, customer_phone = null, customer_address = null
                    where id = ?5
                    """)
                    .setParameter(1, customer.keyId())
                    .setParameter(2, customer.sealed())
                    .setParameter(3, customer.emailHash())
                    .setParameter(4, customer.searchTerms())
                    .setParameter(5, id)
                    .executeUpdate();
        }
        return rows.size();
    }
}
