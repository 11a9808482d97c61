package io.ordo.client;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a keyset-paged list item by item, fetching the next page only when the previous one is
 * used up, so a caller that stops early never loads the rest.
 */
final class Paging<T> implements Iterator<T> {

    private final Function<String, Page<T>> fetchPageAfter;
    private Iterator<T> current;
    private String nextCursor;

    private Paging(Function<String, Page<T>> fetchPageAfter, String firstCursor) {
        this.fetchPageAfter = fetchPageAfter;
        this.nextCursor = firstCursor;
    }

    /**
     * All items from the page at {@code firstCursor} (null for the first page) to the end.
     *
     * @param fetchPageAfter reads the page at the given cursor
     */
    static <T> Stream<T> stream(String firstCursor, Function<String, Page<T>> fetchPageAfter) {
        Iterator<T> items = new Paging<>(fetchPageAfter, firstCursor);
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public boolean hasNext() {
        // A server may answer an empty page that still has a cursor: keep reading until items or the end.
        while (current == null || (!current.hasNext() && nextCursor != null)) {
            Page<T> page = fetchPageAfter.apply(nextCursor);
            current = page.items().iterator();
            nextCursor = page.nextCursor();
        }
        return current.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more items");
        }
        return current.next();
    }
}
