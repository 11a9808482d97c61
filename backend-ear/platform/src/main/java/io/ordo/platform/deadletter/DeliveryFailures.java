package io.ordo.platform.deadletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts the failures of each consumer on each message and parks a message that has failed too
 * often. Failures are recorded in a transaction of their own, after the failed one rolled back,
 * so the count survives the rollback and is shared by every server consuming the queue.
 */
@ApplicationScoped
public class DeliveryFailures {

    /** What the consumer does with the message after a failure was recorded. */
    public enum Verdict {
        /** Fail it again: the broker redelivers it, and a transient cause may have healed by then. */
        REDELIVER,
        /** It is now a dead letter: acknowledge it, so the broker lets go of it. */
        PARKED
    }

    private static final Logger LOG = Logger.getLogger(DeliveryFailures.class.getName());

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Inject
    @ConfigProperty(name = "ordo.messaging.max-attempts", defaultValue = "3")
    int maxAttempts;

    /** Checks the setting at start rather than at the first failure, and says it once. */
    void announce(@Observes Startup startup) {
        LOG.info(() -> "A message a consumer fails on " + limit().maxAttempts()
                + " times is parked as a dead letter (ordo.messaging.max-attempts)");
    }

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public Verdict record(String consumer, String message, Throwable failure) {
        String digest = MessageFingerprint.of(message);
        EnvelopeParts parts = EnvelopeParts.readFrom(message);
        String error = FailureText.of(failure);
        int attempts = ((Number) entityManager.createNativeQuery("""
                insert into platform.delivery_failures as failure
                  (consumer, message_digest, attempts, first_failed_at, last_failed_at, last_error)
                values (?1, ?2, 1, now(), now(), ?3)
                on conflict (consumer, message_digest) do update
                  set attempts = failure.attempts + 1, last_failed_at = now(), last_error = excluded.last_error
                returning attempts
                """)
                .setParameter(1, consumer)
                .setParameter(2, digest)
                .setParameter(3, error)
                .getSingleResult()).intValue();
        if (!limit().parks(attempts)) {
            LOG.warning(() -> "Consumer " + consumer + " failed on " + which(parts, digest) + " (attempt " + attempts
                    + " of " + maxAttempts + "); the broker redelivers it: " + error);
            return Verdict.REDELIVER;
        }
        long deadLetter = park(consumer, message, digest, parts);
        LOG.warning(() -> "Consumer " + consumer + " failed on " + which(parts, digest) + " " + attempts
                + " times; parked as dead letter " + deadLetter + " for an admin to replay or discard: " + error);
        return Verdict.PARKED;
    }

    /** Clears the count of a message that has now been applied: it healed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String consumer, String message) {
        entityManager.createNativeQuery("delete from platform.delivery_failures where consumer = ?1 and message_digest = ?2")
                .setParameter(1, consumer)
                .setParameter(2, MessageFingerprint.of(message))
                .executeUpdate();
    }

    /**
     * Moves the count into a dead letter. The same message parked again while its dead letter
     * still waits (the relay may send an event twice) joins it instead of adding another.
     */
    private long park(String consumer, String message, String digest, EnvelopeParts parts) {
        return ((Number) entityManager.createNativeQuery("""
                with failed as (
                  delete from platform.delivery_failures where consumer = ?1 and message_digest = ?2 returning *)
                insert into platform.dead_letters as letter
                  (consumer, message_digest, event_id, event_type, aggregate_id, message,
                   last_error, attempts, first_failed_at, last_failed_at)
                select consumer, message_digest, cast(?3 as uuid), cast(?4 as varchar), cast(?5 as varchar),
                       cast(?6 as text), last_error, attempts, first_failed_at, last_failed_at
                from failed
                on conflict (consumer, message_digest) where status = 'PARKED' do update
                  set attempts = letter.attempts + excluded.attempts,
                      last_error = excluded.last_error,
                      last_failed_at = excluded.last_failed_at
                returning id
                """)
                .setParameter(1, consumer)
                .setParameter(2, digest)
                .setParameter(3, parts.eventId() == null ? null : parts.eventId().toString())
                .setParameter(4, parts.eventType())
                .setParameter(5, parts.aggregateId())
                .setParameter(6, message)
                .getSingleResult()).longValue();
    }

    private static String which(EnvelopeParts parts, String digest) {
        return parts.eventId() != null
                ? "event " + parts.eventId() + " (" + parts.eventType() + ")"
                : "a message that is not an event envelope (SHA-256 " + digest + ")";
    }

    private AttemptLimit limit() {
        return new AttemptLimit(maxAttempts);
    }
}
