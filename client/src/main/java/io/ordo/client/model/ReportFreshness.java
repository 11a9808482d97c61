package io.ordo.client.model;

import java.time.Instant;

/**
 * How far the read models behind every report are behind the event history.
 *
 * @param asOfEvent the highest position of the event history they have applied
 * @param asOfTime when that event happened; null before any event
 * @param lagEvents how many events came after it (counted up to a cap)
 * @param lagSeconds how long ago the oldest of those happened; 0 when none
 * @param generation which generation of read models answers (a rebuild makes a new one)
 */
public record ReportFreshness(long asOfEvent, Instant asOfTime, long lagEvents, long lagSeconds, int generation) {
}
