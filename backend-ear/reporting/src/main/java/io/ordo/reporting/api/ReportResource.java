package io.ordo.reporting.api;

import io.ordo.platform.paging.PageSize;
import io.ordo.platform.security.Roles;
import io.ordo.reporting.application.DateRange;
import io.ordo.reporting.application.Freshness;
import io.ordo.reporting.application.OrderReports;
import io.ordo.reporting.application.PaymentOutcomesDay;
import io.ordo.reporting.application.ProductSalesDay;
import io.ordo.reporting.application.Report;
import io.ordo.reporting.application.ReportFreshness;
import io.ordo.reporting.application.SalesDay;
import io.ordo.reporting.application.SalesReports;
import io.ordo.reporting.application.StatusChangesDay;
import io.ordo.reporting.application.StatusCount;
import io.ordo.reporting.application.StockReport;
import io.ordo.reporting.application.StockRow;
import io.ordo.reporting.application.StuckOrder;
import io.ordo.reporting.domain.OrderStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reports over HTTP for staff and admins, from the read models only. Each answers JSON with its
 * freshness ({@code asOfEvent}, {@code asOfTime}, lag), or CSV with {@code Accept: text/csv} or
 * {@code ?format=csv} (freshness in the Report-As-Of-* headers). Dates are UTC days.
 */
@Path("reports")
@ApplicationScoped
@Produces({MediaType.APPLICATION_JSON, ReportFormat.CSV_TYPE})
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@SecurityRequirement(name = "bearer", scopes = {Roles.STAFF, Roles.ADMIN})
@Tag(name = "reports")
public class ReportResource {

    static final String AS_OF_EVENT = "Report-As-Of-Event";
    static final String AS_OF_TIME = "Report-As-Of-Time";
    static final String NEXT_CURSOR = "Report-Next-Cursor";
    private static final int MAX_COVER_DAYS = 366;

    @Inject
    SalesReports sales;

    @Inject
    OrderReports orders;

    @Inject
    StockReport stock;

    @Inject
    ReportFreshness readModelFreshness;

    @Inject
    @ConfigProperty(name = "ordo.reporting.low-stock-threshold", defaultValue = "5")
    int defaultLowStockThreshold;

    @Inject
    @ConfigProperty(name = "ordo.reporting.cover-days", defaultValue = "14")
    int defaultCoverDays;

    @Context
    HttpHeaders headers;

    private final Clock clock = Clock.systemUTC();

    @GET
    @Path("freshness")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getReportFreshness", summary = "How far the read models are behind the event history")
    public Freshness freshness() {
        return readModelFreshness.now();
    }

    @GET
    @Path("sales")
    @Operation(operationId = "getSalesByDay", summary = "Sales per day and currency: orders, units, revenue, refunds",
            description = "An order counts as sold on the day it became PAID; a refund on the day PaymentRefunded arrived. "
                    + "from/to are ISO dates, both included (default: the last 30 days).")
    public Response salesByDay(@QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("currency") String currency, @QueryParam("format") String format) {
        ReportParameters parameters = parameters();
        DateRange range = parameters.range(from, to);
        String code = parameters.currency(currency);
        ReportFormat answer = parameters.format(format, headers.getAcceptableMediaTypes());
        parameters.check();
        return answer("sales", SalesDay.class, sales.byDay(range, code), answer);
    }

    @GET
    @Path("sales/products")
    @Operation(operationId = "getSalesByProduct", summary = "Sales per day, product and currency",
            description = "Optionally for one currency or one SKU.")
    public Response salesByProduct(@QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("currency") String currency, @QueryParam("sku") String sku,
                                   @QueryParam("format") String format) {
        ReportParameters parameters = parameters();
        DateRange range = parameters.range(from, to);
        String code = parameters.currency(currency);
        String product = parameters.sku(sku);
        ReportFormat answer = parameters.format(format, headers.getAcceptableMediaTypes());
        parameters.check();
        return answer("sales-by-product", ProductSalesDay.class, sales.byProduct(range, code, product), answer);
    }

    @GET
    @Path("payments")
    @Operation(operationId = "getPaymentOutcomes", summary = "Payment outcomes per day: captured, declined, voided, refunded")
    public Response paymentOutcomes(@QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("currency") String currency, @QueryParam("format") String format) {
        ReportParameters parameters = parameters();
        DateRange range = parameters.range(from, to);
        String code = parameters.currency(currency);
        ReportFormat answer = parameters.format(format, headers.getAcceptableMediaTypes());
        parameters.check();
        return answer("payments", PaymentOutcomesDay.class, sales.paymentOutcomes(range, code), answer);
    }

    @GET
    @Path("orders/status")
    @Operation(operationId = "getOrdersByStatus", summary = "How many orders are in each status now")
    public Response ordersByStatus(@QueryParam("format") String format) {
        ReportParameters parameters = parameters();
        ReportFormat answer = parameters.format(format, headers.getAcceptableMediaTypes());
        parameters.check();
        return answer("orders-by-status", StatusCount.class, orders.byStatus(), answer);
    }

    @GET
    @Path("orders/status-changes")
    @Operation(operationId = "getStatusChanges", summary = "How many orders moved into each status per day")
    public Response statusChanges(@QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("status") String status, @QueryParam("format") String format) {
        ReportParameters parameters = parameters();
        DateRange range = parameters.range(from, to);
        OrderStatus into = parameters.status(status);
        ReportFormat answer = parameters.format(format, headers.getAcceptableMediaTypes());
        parameters.check();
        return answer("status-changes", StatusChangesDay.class, orders.statusChanges(range, into), answer);
    }

    @GET
    @Path("orders/stuck")
    @Operation(operationId = "getStuckOrders", summary = "Orders not in a final state, longest in their status first",
            description = "Filter by status and by the minimum time in it (minAge, an ISO 8601 duration such as PT15M). "
                    + "Keyset pagination with cursor and limit; in CSV the next cursor is in Report-Next-Cursor.")
    public Response stuckOrders(@QueryParam("status") String status, @QueryParam("minAge") String minAge,
                                @QueryParam("cursor") String cursor, @QueryParam("limit") String limit,
                                @QueryParam("format") String format) {
        ReportParameters parameters = parameters();
        OrderStatus in = parameters.status(status);
        Duration age = parameters.minAge(minAge);
        ReportFormat answer = parameters.format(format, headers.getAcceptableMediaTypes());
        parameters.check();
        String after = cursor == null || cursor.isBlank() ? null : cursor.trim();
        return answer("stuck-orders", StuckOrder.class, orders.stuck(in, age, after, PageSize.of(limit)), answer);
    }

    @GET
    @Path("stock")
    @Operation(operationId = "getStockLevels", summary = "Stock per product, low-stock flag and days of cover",
            description = "threshold: available units at or below which stock is low; coverDays: the days of sales, "
                    + "today included, whose average pace gives the days of cover; lowOnly=true lists low stock only.")
    public Response stockLevels(@QueryParam("threshold") String threshold, @QueryParam("coverDays") String coverDays,
                                @QueryParam("lowOnly") String lowOnly, @QueryParam("format") String format) {
        ReportParameters parameters = parameters();
        int low = parameters.wholeNumber("threshold", threshold, 0, Integer.MAX_VALUE, defaultLowStockThreshold);
        int days = parameters.wholeNumber("coverDays", coverDays, 1, MAX_COVER_DAYS, defaultCoverDays);
        boolean onlyLow = parameters.flag("lowOnly", lowOnly);
        ReportFormat answer = parameters.format(format, headers.getAcceptableMediaTypes());
        parameters.check();
        return answer("stock", StockRow.class, stock.levels(low, days, onlyLow), answer);
    }

    private ReportParameters parameters() {
        return new ReportParameters(clock);
    }

    private static <R extends Record> Response answer(String name, Class<R> rowType, Report<R> report, ReportFormat format) {
        Response.ResponseBuilder answer = format == ReportFormat.CSV
                ? Response.ok(CsvTable.of(rowType, report.rows()), ReportFormat.CSV_TYPE + "; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                : Response.ok(report, MediaType.APPLICATION_JSON_TYPE);
        answer.header(AS_OF_EVENT, report.asOfEvent());
        if (report.asOfTime() != null) {
            answer.header(AS_OF_TIME, report.asOfTime().toString());
        }
        if (report.nextCursor() != null) {
            answer.header(NEXT_CURSOR, report.nextCursor());
        }
        return answer.build();
    }
}
