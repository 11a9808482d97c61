package io.ordo.reporting.application;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How up to date the read models are.
 *
 * @param asOfEvent  the highest position in the event history they have applied
 * @param asOfTime   when that event happened; null before any event
 * @param lagEvents  how many events of the history came after it (counted up to a cap)
 * @param lagSeconds how long ago the oldest of those happened; 0 when none
 * @param generation the generation of read models answering
 */
@JsonbNillable
public record Freshness(long asOfEvent, @Schema(nullable = true) Instant asOfTime, long lagEvents, long lagSeconds, int generation) {
}
