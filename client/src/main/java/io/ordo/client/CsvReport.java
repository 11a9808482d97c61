package io.ordo.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/**
 * A report as the server writes it in CSV (RFC 4180, a header row, UTF-8), read as it arrives
 * so a long report never sits in memory whole. Its freshness comes from the response headers.
 * Close it when done: that releases the connection.
 */
public final class CsvReport implements AutoCloseable {

    private final InputStream body;
    private final long asOfEvent;
    private final Instant asOfTime;
    private final String nextCursor;

    CsvReport(InputStream body, long asOfEvent, Instant asOfTime, String nextCursor) {
        this.body = body;
        this.asOfEvent = asOfEvent;
        this.asOfTime = asOfTime;
        this.nextCursor = nextCursor;
    }

    /** The CSV bytes, header row first. */
    public InputStream body() {
        return body;
    }

    /** The highest position of the event history the rows include. */
    public long asOfEvent() {
        return asOfEvent;
    }

    /** When that event happened; empty before any event. */
    public Optional<Instant> asOfTime() {
        return Optional.ofNullable(asOfTime);
    }

    /** Where the next page starts, for the paged reports; empty on the last page. */
    public Optional<String> nextCursor() {
        return Optional.ofNullable(nextCursor);
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
