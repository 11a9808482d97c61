package io.ordo.client;

/** Which page of the stock levels to read, optionally only the products low on stock. */
public record StockLevelQuery(int limit, String cursor, boolean lowOnly) {

    public static final int DEFAULT_LIMIT = 50;

    public StockLevelQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }

    public static StockLevelQuery firstPage() {
        return new StockLevelQuery(DEFAULT_LIMIT, null, false);
    }

    public StockLevelQuery withLimit(int newLimit) {
        return new StockLevelQuery(newLimit, cursor, lowOnly);
    }

    public StockLevelQuery lowOnly(boolean onlyLow) {
        return new StockLevelQuery(limit, cursor, onlyLow);
    }

    public StockLevelQuery after(String nextCursor) {
        return new StockLevelQuery(limit, nextCursor, lowOnly);
    }

    String toQueryString() {
        return new QueryString().add("limit", limit).add("cursor", cursor).add("lowOnly", lowOnly ? "true" : null).toString();
    }
}
