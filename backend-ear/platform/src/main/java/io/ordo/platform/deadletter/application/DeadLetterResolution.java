package io.ordo.platform.deadletter.application;

import io.ordo.platform.deadletter.DeadLetterStatus;
import io.ordo.platform.deadletter.FailureText;
import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** An admin resolves a parked dead letter: replays it once the cause is fixed, or discards it for good. */
@ApplicationScoped
public class DeadLetterResolution {

    @Inject
    DeadLetterReplayer replayer;

    @Inject
    ParkedLetters letters;

    @Inject
    DeadLetterQueries queries;

    /**
     * @throws ProblemException 404 or 409 if there is nothing to replay; 409 with the new error if
     *         the replay failed, in which case it stays PARKED with that error
     */
    public DeadLetterView replay(long id, String admin) {
        try {
            replayer.replay(id, admin);
        } catch (DeadLetterRefusal refusal) {
            throw refusal;
        } catch (RuntimeException failure) {
            String error = FailureText.of(failure);
            letters.recordFailedReplay(id, error);
            throw new ProblemException(ProblemType.CONFLICT,
                    "Replaying dead letter " + id + " failed again, so it stays PARKED: " + error);
        }
        return queries.byId(id).orElseThrow();
    }

    /** The dead letter stays, marked DISCARDED with who did it, for the record. */
    @Transactional(rollbackOn = Exception.class)
    public DeadLetterView discard(long id, String admin) {
        letters.resolve(letters.lock(id), DeadLetterStatus.DISCARDED, admin);
        return queries.byId(id).orElseThrow();
    }
}
