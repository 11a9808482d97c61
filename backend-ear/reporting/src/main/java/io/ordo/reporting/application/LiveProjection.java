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
import java.util.Map;
import java.util.UUID;

/**
 * Feeds events from the broker to the live read models, in the consumer's inbox transaction.
 * An event's position in the history says how fresh the read models are after it, and whether a
 * rebuild already replayed it into them.
 */
@ApplicationScoped
public class LiveProjection {

    @Inject
    EventHistory history;

    @Inject
    Generations generations;

    @Inject
    Projector projector;

    /**
     * Applies events in the order given, leaving out those a rebuild already replayed into the live
     * generation; events of one batch are folded together, so each read-model row is written once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(List<EventEnvelope> events) {
        // 0 for an event the history does not hold: it cannot have been replayed either.
        Map<UUID, Long> positions = history.positionsOf(events.stream().map(EventEnvelope::id).toList());
        Generation live = generations.live();
        List<RecordedEvent> toApply = events.stream()
                .map(event -> new RecordedEvent(positions.getOrDefault(event.id(), 0L), event))
                .filter(recorded -> !live.replayed(recorded.position()))
                .toList();
        projector.apply(live.number(), toApply);
    }
}
