package io.ordo.reporting.application;

import io.ordo.platform.history.EventHistory;
import io.ordo.platform.history.RecordedEvent;
import io.ordo.reporting.domain.Generation;
import io.ordo.reporting.domain.Generations;
import io.ordo.reporting.domain.ProjectionStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The transactions of a rebuild, each short: the replay goes batch by batch, and only the last
 * step, which makes the new generation live, keeps new events waiting, for a small remainder.
 */
@ApplicationScoped
public class RebuildSteps {

    static final int BATCH_SIZE = 500;
    /** The most events the last step replays while writers of events wait. */
    static final int FINAL_CATCH_UP = 2_000;
    /** How long a step waits for the transactions writing events that are in flight. */
    private static final Duration SETTLE_WAIT = Duration.ofSeconds(1);
    /** A rebuild that made no progress for this long is taken for dead (its server stopped). */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    @Inject
    Generations generations;

    @Inject
    ProjectionStore store;

    @Inject
    EventHistory history;

    @Inject
    Projector projector;

    /**
     * Starts a new generation, after marking FAILED one left BUILDING without progress for
     * {@link #ABANDONED_AFTER} (its server stopped or the rebuild was interrupted).
     *
     * @return the new generation, or empty when another one is being built
     */
    @Transactional
    public Optional<Generation> begin(String requestedBy) {
        generations.failAbandoned(ABANDONED_AFTER);
        return generations.startBuilding(requestedBy);
    }

    /** Frees the space of generations that neither answer reports nor are being built. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void discardUnused() {
        List<Integer> kept = new ArrayList<>(List.of(generations.live().number()));
        generations.building().ifPresent(building -> kept.add(building.number()));
        store.discardAllBut(kept);
    }

    /** @return a position no event at or below which can still be written */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long settledPosition() {
        return history.holdNewEvents(SETTLE_WAIT);
    }

    /** @return the position the generation is now replayed through, at most {@code upTo} */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long replayBatch(int generation, long after, long upTo) {
        return replay(generation, after, upTo);
    }

    /**
     * Replays the rest of the history and makes the generation live, while no event can be
     * written: every event after this is fed to it live.
     *
     * @return false, having changed nothing, if more than {@link #FINAL_CATCH_UP} events remain
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean goLive(int generation, long replayed) {
        long settled = history.holdNewEvents(SETTLE_WAIT);
        if (settled - replayed > FINAL_CATCH_UP) {
            return false;
        }
        for (long reached = replayed; reached < settled; ) {
            reached = replay(generation, reached, settled);
        }
        generations.goLive(generation, settled);
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(int generation, String failure) {
        generations.fail(generation, failure);
    }

    private long replay(int generation, long after, long upTo) {
        List<RecordedEvent> events = history.read(after, upTo, BATCH_SIZE);
        projector.apply(generation, events);
        return events.size() < BATCH_SIZE ? upTo : events.get(events.size() - 1).position();
    }
}
