package io.ordo.client;

import com.fasterxml.jackson.databind.JavaType;
import io.ordo.client.model.PaymentOutcomesDay;
import io.ordo.client.model.ProductSalesDay;
import io.ordo.client.model.Report;
import io.ordo.client.model.ReportFreshness;
import io.ordo.client.model.ReportsRebuild;
import io.ordo.client.model.SalesDay;
import io.ordo.client.model.StatusChangesDay;
import io.ordo.client.model.StatusCount;
import io.ordo.client.model.StockLevel;
import io.ordo.client.model.StuckOrder;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The reports, from {@link OrdoClient#reports()}, for staff and admins: read models fed by the
 * order events, so each answer says how fresh it is. Dates are UTC days. Each report comes typed
 * ({@link Report} of rows) or as the server's CSV ({@link #csv}); admins can rebuild the read
 * models from the event history while reports keep answering.
 *
 * <pre>{@code
 * Report<SalesDay> march = ordo.reports().sales(ReportQuery.defaults()
 *         .between(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31")));
 * try (CsvReport csv = ordo.reports().csv(ReportKind.STOCK, ReportQuery.defaults())) {
 *     csv.body().transferTo(out);
 * }
 * }</pre>
 */
public final class ReportsApi {

    private static final String REPORTS = "api/v1/reports/";
    private static final String REBUILDS = "api/v1/admin/reports/";
    static final String AS_OF_EVENT = "Report-As-Of-Event";
    static final String AS_OF_TIME = "Report-As-Of-Time";
    static final String NEXT_CURSOR = "Report-Next-Cursor";

    private final HttpTransport transport;
    private final Function<String, HttpRequest.Builder> authorized;

    ReportsApi(HttpTransport transport, Function<String, HttpRequest.Builder> authorized) {
        this.transport = transport;
        this.authorized = authorized;
    }

    /** Sales per day and currency: orders, units, revenue, refunds (from, to, currency). */
    public Report<SalesDay> sales(ReportQuery query) {
        return report(ReportKind.SALES, query, SalesDay.class);
    }

    /** Sales per day, product and currency (from, to, currency, sku). */
    public Report<ProductSalesDay> salesByProduct(ReportQuery query) {
        return report(ReportKind.SALES_BY_PRODUCT, query, ProductSalesDay.class);
    }

    /** Payment outcomes per day and currency: captured, declined, voided, refunded (from, to, currency). */
    public Report<PaymentOutcomesDay> payments(ReportQuery query) {
        return report(ReportKind.PAYMENTS, query, PaymentOutcomesDay.class);
    }

    /** How many orders are in each status now. */
    public Report<StatusCount> ordersByStatus() {
        return report(ReportKind.ORDERS_BY_STATUS, ReportQuery.defaults(), StatusCount.class);
    }

    /** How many orders moved into each status per day (from, to, status). */
    public Report<StatusChangesDay> statusChanges(ReportQuery query) {
        return report(ReportKind.STATUS_CHANGES, query, StatusChangesDay.class);
    }

    /** One page of the orders not in a final state, longest in their status first (status, minAge, limit, cursor). */
    public Report<StuckOrder> stuckOrders(ReportQuery query) {
        return report(ReportKind.STUCK_ORDERS, query, StuckOrder.class);
    }

    /** Every stuck order from the query's page on, read page by page as the stream is consumed. */
    public Stream<StuckOrder> allStuckOrders(ReportQuery query) {
        return Paging.stream(query.cursor(), cursor -> {
            Report<StuckOrder> page = stuckOrders(query.after(cursor));
            return new Page<>(page.rows(), page.nextCursor());
        });
    }

    /** Stock per product, whether it is low, and its days of cover (threshold, coverDays, lowOnly). */
    public Report<StockLevel> stock(ReportQuery query) {
        return report(ReportKind.STOCK, query, StockLevel.class);
    }

    /** How far the read models are behind the event history. */
    public ReportFreshness freshness() {
        return transport.exchange(authorized.apply(REPORTS + "freshness").GET().build(),
                transport.type(ReportFreshness.class));
    }

    /**
     * The report as the server writes it in CSV, streamed: copy {@link CsvReport#body()} where it
     * is needed, then close it. Errors (a wrong parameter, no role) come as for the typed calls,
     * before any byte of CSV.
     */
    public CsvReport csv(ReportKind kind, ReportQuery query) {
        HttpRequest request = authorized.apply(REPORTS + kind.path() + query.toQueryString(kind, "csv"))
                .setHeader("Accept", "text/csv, application/problem+json")
                .GET().build();
        HttpResponse<InputStream> response = transport.stream(request);
        return new CsvReport(response.body(),
                response.headers().firstValue(AS_OF_EVENT).map(ReportsApi::position).orElse(0L),
                response.headers().firstValue(AS_OF_TIME).map(ReportsApi::time).orElse(null),
                response.headers().firstValue(NEXT_CURSOR).filter(cursor -> !cursor.isBlank()).orElse(null));
    }

    /**
     * Starts rebuilding every read model from the event history (admins). It runs in the
     * background; follow it with {@link #rebuild(int)}.
     *
     * @throws ApiException a {@link ErrorKind#CONFLICT} while another rebuild runs
     */
    public ReportsRebuild startRebuild() {
        return transport.exchange(authorized.apply(REBUILDS + "rebuild").POST(HttpRequest.BodyPublishers.noBody())
                .build(), transport.type(ReportsRebuild.class));
    }

    /** Where the rebuild of {@code generation} stands (admins). */
    public ReportsRebuild rebuild(int generation) {
        return transport.exchange(authorized.apply(REBUILDS + "rebuilds/" + generation).GET().build(),
                transport.type(ReportsRebuild.class));
    }

    private <R> Report<R> report(ReportKind kind, ReportQuery query, Class<R> rowType) {
        JavaType type = transport.parametricType(Report.class, rowType);
        return transport.exchange(authorized.apply(REPORTS + kind.path() + query.toQueryString(kind, null))
                .GET().build(), type);
    }

    private static long position(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return 0L;
        }
    }

    private static Instant time(String header) {
        try {
            return Instant.parse(header.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
