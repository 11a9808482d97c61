package io.ordo.client;

/** Which page of the catalogue to read. Filters join here as the API grows them. */
public record ProductQuery(int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 50;

    public ProductQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }

    /** The first page, at the default page size. */
    public static ProductQuery firstPage() {
        return new ProductQuery(DEFAULT_LIMIT, null);
    }

    public ProductQuery withLimit(int newLimit) {
        return new ProductQuery(newLimit, cursor);
    }

    /** The page that follows the one whose {@link Page#nextCursor()} is given. */
    public ProductQuery after(String nextCursor) {
        return new ProductQuery(limit, nextCursor);
    }

    String toQueryString() {
        return new QueryString().add("limit", limit).add("cursor", cursor).toString();
    }
}
