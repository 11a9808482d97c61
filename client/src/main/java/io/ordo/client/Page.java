package io.ordo.client;

import java.util.List;

/**
 * One page of a keyset-paged list. {@code nextCursor} is null on the last page; pass it to the
 * next query to read on.
 */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean hasMore() {
        return nextCursor != null;
    }
}
