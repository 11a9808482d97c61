package io.ordo.platform.deadletter.application;

import io.ordo.platform.deadletter.DeadLetterStatus;
import io.ordo.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The dead letters an admin resolves. Each is locked while it is resolved, so two admins (or two
 * servers) replaying the same dead letter at once apply it once, and the second hears it is done.
 */
@ApplicationScoped
public class ParkedLetters {

    /** What a replay needs of a locked, still parked dead letter. */
    public record Parked(long id, String consumer, String message) {
    }

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    /** @throws DeadLetterRefusal if there is no such dead letter, or it is resolved already */
    @Transactional(Transactional.TxType.MANDATORY)
    public Parked lock(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select consumer, message, status from platform.dead_letters where id = ?1 for update")
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw new DeadLetterRefusal(ProblemType.NOT_FOUND, "There is no dead letter " + id + ".");
        }
        Object[] row = rows.get(0);
        DeadLetterStatus status = DeadLetterStatus.valueOf((String) row[2]);
        if (status != DeadLetterStatus.PARKED) {
            throw new DeadLetterRefusal(ProblemType.CONFLICT, "Dead letter " + id + " is " + status
                    + " already; only a PARKED dead letter can be replayed or discarded.");
        }
        return new Parked(id, (String) row[0], (String) row[1]);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void resolve(Parked letter, DeadLetterStatus outcome, String admin) {
        entityManager.createNativeQuery("""
                        update platform.dead_letters set status = ?2, resolved_by = ?3, resolved_at = now() where id = ?1
                        """)
                .setParameter(1, letter.id())
                .setParameter(2, outcome.name())
                .setParameter(3, admin)
                .executeUpdate();
    }

    /** Kept with the dead letter, in a transaction of its own since the replay's rolled back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailedReplay(long id, String error) {
        entityManager.createNativeQuery("""
                        update platform.dead_letters
                        set attempts = attempts + 1, last_error = ?2, last_failed_at = now()
                        where id = ?1 and status = 'PARKED'
                        """)
                .setParameter(1, id)
                .setParameter(2, error)
                .executeUpdate();
    }
}
