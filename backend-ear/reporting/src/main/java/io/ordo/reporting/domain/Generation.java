package io.ordo.reporting.domain;

import java.time.Instant;

/**
 * One complete set of read models. Exactly one is LIVE: it answers the reports and live events
 * feed it. A rebuild fills a BUILDING one from the event history and then makes it LIVE.
 *
 * @param replayedThrough the history position up to which the event history was replayed into
 *                        it; live events at or below it are already in it
 * @param asOfPosition    the highest history position applied
 * @param asOfTime        when the event at that position happened, null before any
 * @param eventsApplied   how many events were applied, replayed or live
 */
public record Generation(int number, GenerationStatus status, long replayedThrough, long asOfPosition,
                         Instant asOfTime, long eventsApplied, String requestedBy, Instant startedAt,
                         Instant finishedAt, String failure) {

    /** Whether this live event is already in the generation through the replay of the history. */
    public boolean replayed(long position) {
        return position > 0 && position <= replayedThrough;
    }
}
