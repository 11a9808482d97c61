package io.ordo.reporting.application;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A report's rows, and as of which event of the history they are (see {@link Freshness}).
 *
 * @param nextCursor where the next page starts, for the paged reports; null on the last page and
 *                   for the others
 * @param <R>        the row
 */
@JsonbNillable
@JsonbPropertyOrder({"asOfEvent", "asOfTime", "lagEvents", "lagSeconds", "rows", "nextCursor"})
public record Report<R>(long asOfEvent, @Schema(nullable = true) Instant asOfTime, long lagEvents, long lagSeconds, List<R> rows,
                        @Schema(nullable = true) String nextCursor) {

    public Report {
        rows = List.copyOf(rows);
    }

    static <R> Report<R> of(Freshness freshness, List<R> rows) {
        return page(freshness, rows, null);
    }

    static <R> Report<R> page(Freshness freshness, List<R> rows, String nextCursor) {
        return new Report<>(freshness.asOfEvent(), freshness.asOfTime(), freshness.lagEvents(), freshness.lagSeconds(),
                rows, nextCursor);
    }
}
