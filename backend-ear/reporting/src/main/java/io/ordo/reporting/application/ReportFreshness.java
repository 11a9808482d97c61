package io.ordo.reporting.application;

import io.ordo.platform.history.EventHistory;
import io.ordo.reporting.domain.Generation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;

/** Tells how far the live read models are behind the event history. */
@ApplicationScoped
public class ReportFreshness {

    /** Counting further behind than this costs more than it tells. */
    static final long LAG_COUNT_CAP = 100_000;

    @Inject
    ReadModels readModels;

    @Inject
    EventHistory history;

    private final Clock clock = Clock.systemUTC();

    /** The freshness of the read models that reports are served from (a replica's, where there is one). */
    @Transactional
    public Freshness now() {
        return readModels.read(snapshot -> of(snapshot.live()));
    }

    /**
     * Measured against the history on the primary, so the lag of a replica behind it counts too.
     */
    @Transactional
    public Freshness of(Generation live) {
        long asOf = live.asOfPosition();
        long lagSeconds = history.firstOccurredAfter(asOf)
                .map(oldestUnread -> Math.max(0, Duration.between(oldestUnread, clock.instant()).toSeconds()))
                .orElse(0L);
        return new Freshness(asOf, live.asOfTime(), history.countAfter(asOf, LAG_COUNT_CAP), lagSeconds, live.number());
    }
}
