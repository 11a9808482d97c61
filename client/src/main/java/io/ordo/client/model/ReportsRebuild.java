package io.ordo.client.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;

/**
 * A rebuild of the read models from the event history: the generation it fills, where it stands,
 * and how far it got. Reports keep answering from the current generation until it is LIVE.
 *
 * @param status BUILDING, then LIVE when done, or FAILED with {@code failure}; RETIRED once a
 *               later generation took over
 * @param replayedThrough the position in the event history the rebuild replays up to
 * @param asOfEvent the highest position it has applied so far
 * @param failure why it failed; null otherwise
 */
public record ReportsRebuild(int generation, String status, String requestedBy, Instant startedAt, Instant finishedAt,
                             long replayedThrough, long eventsApplied, long asOfEvent, Instant asOfTime,
                             String failure) {

    /** Still running: neither LIVE nor FAILED yet. */
    @JsonIgnore
    public boolean isRunning() {
        return "BUILDING".equals(status);
    }
}
