package io.ordo.client;

import io.ordo.client.model.OrderStatus;

import java.time.Duration;
import java.time.LocalDate;

/**
 * What a report covers. Every filter is optional (null: the server's default); each report reads
 * only those of its {@link ReportKind#parameters()}, and the others are not sent.
 *
 * @param from    the first UTC day, included (default: 30 days before {@code to})
 * @param to      the last UTC day, included (default: today)
 * @param currency an ISO 4217 code such as EUR
 * @param sku     one product, for the sales by product
 * @param status  one order status, for status changes and stuck orders
 * @param minAge  stuck orders only when in their status at least this long
 * @param threshold stock: available units at or below which stock is low
 * @param coverDays stock: the days of sales whose pace gives the days of cover
 * @param lowOnly stock: only products low on stock
 * @param limit   stuck orders per page; null for the server's default
 * @param cursor  the stuck orders page to read, from the previous page's {@code nextCursor}
 */
public record ReportQuery(LocalDate from, LocalDate to, String currency, String sku, OrderStatus status,
                          Duration minAge, Integer threshold, Integer coverDays, boolean lowOnly, Integer limit,
                          String cursor) {

    public ReportQuery {
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }

    /** Everything at the server's defaults: the last 30 days, every currency, product and status. */
    public static ReportQuery defaults() {
        return new ReportQuery(null, null, null, null, null, null, null, null, false, null, null);
    }

    /** From {@code first} to {@code last}, both UTC days and both included; either may be null. */
    public ReportQuery between(LocalDate first, LocalDate last) {
        return new ReportQuery(first, last, currency, sku, status, minAge, threshold, coverDays, lowOnly, limit, null);
    }

    public ReportQuery withCurrency(String newCurrency) {
        return new ReportQuery(from, to, newCurrency, sku, status, minAge, threshold, coverDays, lowOnly, limit, null);
    }

    public ReportQuery withSku(String newSku) {
        return new ReportQuery(from, to, currency, newSku, status, minAge, threshold, coverDays, lowOnly, limit, null);
    }

    public ReportQuery withStatus(OrderStatus newStatus) {
        return new ReportQuery(from, to, currency, sku, newStatus, minAge, threshold, coverDays, lowOnly, limit, null);
    }

    public ReportQuery withMinAge(Duration newMinAge) {
        return new ReportQuery(from, to, currency, sku, status, newMinAge, threshold, coverDays, lowOnly, limit, null);
    }

    /** Stock: the low-stock threshold and cover period (either null for the server's), and whether only low stock. */
    public ReportQuery withStock(Integer newThreshold, Integer newCoverDays, boolean newLowOnly) {
        return new ReportQuery(from, to, currency, sku, status, minAge, newThreshold, newCoverDays, newLowOnly, limit,
                null);
    }

    public ReportQuery withLimit(Integer newLimit) {
        return new ReportQuery(from, to, currency, sku, status, minAge, threshold, coverDays, lowOnly, newLimit, cursor);
    }

    /** The page that follows the one whose {@code nextCursor} is given. */
    public ReportQuery after(String nextCursor) {
        return new ReportQuery(from, to, currency, sku, status, minAge, threshold, coverDays, lowOnly, limit,
                nextCursor);
    }

    /** The query string for {@code kind}, with only the parameters it reads; {@code format} is added when not null. */
    String toQueryString(ReportKind kind, String format) {
        QueryString query = new QueryString();
        add(query, kind, "from", from);
        add(query, kind, "to", to);
        add(query, kind, "currency", currency);
        add(query, kind, "sku", sku);
        add(query, kind, "status", status);
        add(query, kind, "minAge", minAge);
        add(query, kind, "threshold", threshold);
        add(query, kind, "coverDays", coverDays);
        add(query, kind, "lowOnly", lowOnly ? Boolean.TRUE : null);
        add(query, kind, "limit", limit);
        add(query, kind, "cursor", cursor);
        return query.add("format", format).toString();
    }

    private static void add(QueryString query, ReportKind kind, String name, Object value) {
        if (kind.parameters().contains(name)) {
            query.add(name, value);
        }
    }
}
