package io.ordo.ordering.application;

import io.ordo.platform.audit.AuditTarget;
import io.ordo.platform.privacy.PersonalDataVault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Erases a customer's personal data (the right to erasure) by destroying their data key: every
 * order stays, with its lines, amounts and history, for the accounts; the customer's name,
 * email, phone and address on them can never be read again, and the hashes that found them by
 * email or name are cleared so the orders can no longer be linked to that person.
 */
@ApplicationScoped
public class CustomerErasure {

    /** What an erasure did; {@code subject} is a prefix of the keyed email hash, for the records. */
    public record Erasure(String subject, int dataKeysDestroyed, int ordersAffected) {
    }

    private static final int SUBJECT_CHARS = 16;

    @Inject
    CustomerData customerData;

    @Inject
    PersonalDataVault vault;

    @Inject
    AuditTarget auditTarget;

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Transactional
    public Erasure erase(String email) {
        String emailHash = customerData.emailHash(email);
        String subject = emailHash.substring(0, SUBJECT_CHARS);
        auditTarget.name("customer " + subject);
        int orders = entityManager.createNativeQuery("""
                update ordering.orders set customer_email_hash = null, customer_search = null
                where customer_email_hash = ?1
                """).setParameter(1, emailHash).executeUpdate();
        return new Erasure(subject, vault.shred(emailHash), orders);
    }
}
