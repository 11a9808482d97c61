package io.ordo.client;

/**
 * Which audit entries to list, newest first: optionally one actor's, and a page.
 *
 * @param actor only what this username (or client id) did; null for everyone
 */
public record AuditQuery(String actor, int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 50;

    public AuditQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }

    /** The first page of everyone's entries, at the default page size. */
    public static AuditQuery all() {
        return new AuditQuery(null, DEFAULT_LIMIT, null);
    }

    /** Only {@code newActor}'s entries, or everyone's for null; back to the first page. */
    public AuditQuery withActor(String newActor) {
        return new AuditQuery(newActor, limit, null);
    }

    public AuditQuery withLimit(int newLimit) {
        return new AuditQuery(actor, newLimit, cursor);
    }

    /** The page that follows the one whose {@link Page#nextCursor()} is given. */
    public AuditQuery after(String nextCursor) {
        return new AuditQuery(actor, limit, nextCursor);
    }

    String toQueryString() {
        return new QueryString().add("actor", actor).add("limit", limit).add("cursor", cursor).toString();
    }
}
