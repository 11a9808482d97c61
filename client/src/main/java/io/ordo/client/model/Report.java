package io.ordo.client.model;

import java.time.Instant;
import java.util.List;

/**
 * A report's rows and how fresh they are. Reports are read models fed by events, so they trail
 * the orders by a little: {@code asOfEvent}/{@code asOfTime} say which event of the history they
 * include, the lag how far behind they are.
 *
 * @param asOfEvent the highest position of the event history the rows include
 * @param asOfTime when that event happened; null before any event
 * @param lagEvents how many later events are not in the rows yet (counted up to a cap)
 * @param lagSeconds how long ago the oldest of those happened; 0 when none
 * @param nextCursor where the next page starts, for the paged reports (stuck orders); null otherwise
 * @param <R> the row
 */
public record Report<R>(long asOfEvent, Instant asOfTime, long lagEvents, long lagSeconds, List<R> rows,
                        String nextCursor) {

    public Report {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    public boolean hasMore() {
        return nextCursor != null;
    }
}
