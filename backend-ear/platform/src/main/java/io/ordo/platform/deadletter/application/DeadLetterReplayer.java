package io.ordo.platform.deadletter.application;

import io.ordo.platform.deadletter.DeadLetterStatus;
import io.ordo.platform.inbox.InboundEvents;
import io.ordo.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * One replay, in one transaction: the dead letter is locked, its message applied again through
 * its consumer's handler with the inbox, and the dead letter marked REPLAYED; or none of it.
 */
@ApplicationScoped
public class DeadLetterReplayer {

    @Inject
    ParkedLetters letters;

    @Inject
    InboundEvents inbound;

    /** @throws DeadLetterRefusal when nothing was tried; any other exception is the replay failing */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public void replay(long id, String admin) {
        ParkedLetters.Parked letter = letters.lock(id);
        if (!inbound.reapply(letter.consumer(), letter.message())) {
            throw new DeadLetterRefusal(ProblemType.UNAVAILABLE, "The " + letter.consumer()
                    + " consumer has received no message since this server started, so its handler is not "
                    + "registered yet; dead letter " + id + " stays PARKED. Try again once it has.");
        }
        letters.resolve(letter, DeadLetterStatus.REPLAYED, admin);
    }
}
