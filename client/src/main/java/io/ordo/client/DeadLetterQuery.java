package io.ordo.client;

import io.ordo.client.model.DeadLetterStatus;

/**
 * Which dead letters to list, newest first: filters (null for "any") and a page.
 *
 * @param consumer only those of this consumer, e.g. {@code inventory}
 */
public record DeadLetterQuery(DeadLetterStatus status, String consumer, int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 50;

    public DeadLetterQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }

    /** The first page of all dead letters, whatever their status, at the default page size. */
    public static DeadLetterQuery all() {
        return new DeadLetterQuery(null, null, DEFAULT_LIMIT, null);
    }

    /** Only those in {@code newStatus} (e.g. PARKED: waiting for an admin), or all for null; back to the first page. */
    public DeadLetterQuery withStatus(DeadLetterStatus newStatus) {
        return new DeadLetterQuery(newStatus, consumer, limit, null);
    }

    /** Only those of {@code newConsumer}, or every consumer's for null; back to the first page. */
    public DeadLetterQuery withConsumer(String newConsumer) {
        return new DeadLetterQuery(status, newConsumer, limit, null);
    }

    public DeadLetterQuery withLimit(int newLimit) {
        return new DeadLetterQuery(status, consumer, newLimit, cursor);
    }

    /** The page that follows the one whose {@link Page#nextCursor()} is given. */
    public DeadLetterQuery after(String nextCursor) {
        return new DeadLetterQuery(status, consumer, limit, nextCursor);
    }

    String toQueryString() {
        return new QueryString().add("status", status).add("consumer", consumer).add("limit", limit)
                .add("cursor", cursor).toString();
    }
}
