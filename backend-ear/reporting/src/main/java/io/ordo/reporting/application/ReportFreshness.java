package io.ordo.reporting.application;

import io.ordo.platform.history.EventHistory;
import io.ordo.reporting.domain.Generation;
import io.ordo.reporting.domain.Generations;
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
    Generations generations;

    @Inject
    EventHistory history;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public Freshness now() {
        return of(generations.live());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Freshness of(Generation live) {
        long asOf = live.asOfPosition();
        long lagSeconds = history.firstOccurredAfter(asOf)
                .map(oldestUnread -> Math.max(0, Duration.between(oldestUnread, clock.instant()).toSeconds()))
                .orElse(0L);
        return new Freshness(asOf, live.asOfTime(), history.countAfter(asOf, LAG_COUNT_CAP), lagSeconds, live.number());
    }
}
