package io.ordo.reporting.application;

import io.ordo.platform.events.EventEnvelope;
import io.ordo.platform.history.EventHistory;
import io.ordo.platform.history.RecordedEvent;
import io.ordo.reporting.domain.Generation;
import io.ordo.reporting.domain.Generations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Feeds an event from the broker to the live read models, in the consumer's inbox transaction.
 * Its position in the history says how fresh the read models are after it, and whether a rebuild
 * already replayed it into them.
 */
@ApplicationScoped
public class LiveProjection {

    @Inject
    EventHistory history;

    @Inject
    Generations generations;

    @Inject
    Projector projector;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        // 0 for an event the history does not hold: it cannot have been replayed either.
        long position = history.positionOf(event.id()).orElse(0);
        Generation live = generations.live();
        if (!live.replayed(position)) {
            projector.apply(live.number(), List.of(new RecordedEvent(position, event)));
        }
    }
}
