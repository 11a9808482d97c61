package io.ordo.reporting.application;

import io.ordo.reporting.domain.Generation;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rebuild as the admin sees it: the generation of read models it fills, where it stands
 * (BUILDING, then LIVE, or FAILED with the reason) and how far it got.
 */
@JsonbNillable
public record RebuildView(int generation, String status, @Schema(nullable = true) String requestedBy, @Schema(nullable = true) Instant startedAt,
                          @Schema(nullable = true) Instant finishedAt, long replayedThrough, long eventsApplied, long asOfEvent,
                          @Schema(nullable = true) Instant asOfTime, @Schema(nullable = true) String failure) {

    public static RebuildView of(Generation generation) {
        return new RebuildView(generation.number(), generation.status().name(), generation.requestedBy(),
                generation.startedAt(), generation.finishedAt(), generation.replayedThrough(), generation.eventsApplied(),
                generation.asOfPosition(), generation.asOfTime(), generation.failure());
    }
}
