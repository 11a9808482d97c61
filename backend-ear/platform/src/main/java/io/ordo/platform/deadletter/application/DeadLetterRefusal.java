package io.ordo.platform.deadletter.application;

import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;

/**
 * A replay or discard refused before anything was tried (no such dead letter, already resolved,
 * consumer not ready). Its own type, so it is never mistaken for a failure of the replay itself,
 * even one a handler signals with a {@link ProblemException}.
 */
class DeadLetterRefusal extends ProblemException {

    DeadLetterRefusal(ProblemType type, String detail) {
        super(type, detail);
    }
}
