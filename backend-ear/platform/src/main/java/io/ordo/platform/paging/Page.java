package io.ordo.platform.paging;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list and the opaque cursor of the next one (null on the last page).
 *
 * @param <T> the item view
 */
@JsonbNillable
public record Page<T>(List<T> items, @Schema(nullable = true) String nextCursor) {

    /**
     * Builds a page from a query that read one row more than the limit: the extra row only
     * tells that a next page exists, and the last returned item gives its cursor.
     */
    public static <T> Page<T> fromOverfetch(List<T> rows, int limit, Function<T, String> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(List.copyOf(rows), null);
        }
        List<T> items = List.copyOf(rows.subList(0, limit));
        return new Page<>(items, cursorOf.apply(items.get(limit - 1)));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
