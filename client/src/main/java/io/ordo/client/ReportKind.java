package io.ordo.client;

import java.util.Set;

/**
 * The reports the API serves, each with the path below {@code /api/v1/reports} and the query
 * parameters it reads; a {@link ReportQuery} sends a report only those.
 */
public enum ReportKind {
    /** Sales per day and currency. */
    SALES("sales", Set.of("from", "to", "currency")),
    /** Sales per day, product and currency. */
    SALES_BY_PRODUCT("sales/products", Set.of("from", "to", "currency", "sku")),
    /** Payment outcomes per day and currency. */
    PAYMENTS("payments", Set.of("from", "to", "currency")),
    /** How many orders are in each status now. */
    ORDERS_BY_STATUS("orders/status", Set.of()),
    /** How many orders moved into each status per day. */
    STATUS_CHANGES("orders/status-changes", Set.of("from", "to", "status")),
    /** Orders not in a final state, longest in their status first; paged. */
    STUCK_ORDERS("orders/stuck", Set.of("status", "minAge", "limit", "cursor")),
    /** Stock per product with the low-stock flag and days of cover. */
    STOCK("stock", Set.of("threshold", "coverDays", "lowOnly"));

    private final String path;
    private final Set<String> parameters;

    ReportKind(String path, Set<String> parameters) {
        this.path = path;
        this.parameters = parameters;
    }

    /** Below {@code /api/v1/reports/}, e.g. {@code orders/stuck}. */
    public String path() {
        return path;
    }

    /** The query parameters the report reads. */
    public Set<String> parameters() {
        return parameters;
    }
}
