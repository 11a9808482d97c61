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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @APIResponse(responseCode = "200", description = "The report: JSON with its freshness, or CSV (freshness in the headers)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
                       @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))},
            headers = {@Header(name = AS_OF_EVENT, required = true, description = "the last event of the history the report includes",
                               schema = @Schema(type = SchemaType.INTEGER, format = "int64")),
                       @Header(name = AS_OF_TIME, description = "when that event happened; absent before any event",
                               schema = @Schema(type = SchemaType.STRING, format = "date-time")),
                       @Header(name = NEXT_CURSOR, description = "where the next page starts, for the paged reports",
                               schema = @Schema(type = SchemaType.STRING))})
    public Response salesByDay(@Parameter(description = "the first day (UTC), included", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from, @Parameter(description = "the last day (UTC), included", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
                               @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z]{3}$")) @QueryParam("currency") String currency, @Parameter(description = "csv or json; when absent, the Accept header decides, else JSON", schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "json"})) @QueryParam("format") String format) {
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
    @APIResponse(responseCode = "200", description = "The report: JSON with its freshness, or CSV (freshness in the headers)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
                       @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))},
            headers = {@Header(name = AS_OF_EVENT, required = true, description = "the last event of the history the report includes",
                               schema = @Schema(type = SchemaType.INTEGER, format = "int64")),
                       @Header(name = AS_OF_TIME, description = "when that event happened; absent before any event",
                               schema = @Schema(type = SchemaType.STRING, format = "date-time")),
                       @Header(name = NEXT_CURSOR, description = "where the next page starts, for the paged reports",
                               schema = @Schema(type = SchemaType.STRING))})
    public Response salesByProduct(@Parameter(description = "the first day (UTC), included", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from, @Parameter(description = "the last day (UTC), included", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
                                   @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z]{3}$")) @QueryParam("currency") String currency, @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9._-]{1,64}$")) @QueryParam("sku") String sku,
                                   @Parameter(description = "csv or json; when absent, the Accept header decides, else JSON", schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "json"})) @QueryParam("format") String format) {
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
    @APIResponse(responseCode = "200", description = "The report: JSON with its freshness, or CSV (freshness in the headers)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
                       @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))},
            headers = {@Header(name = AS_OF_EVENT, required = true, description = "the last event of the history the report includes",
                               schema = @Schema(type = SchemaType.INTEGER, format = "int64")),
                       @Header(name = AS_OF_TIME, description = "when that event happened; absent before any event",
                               schema = @Schema(type = SchemaType.STRING, format = "date-time")),
                       @Header(name = NEXT_CURSOR, description = "where the next page starts, for the paged reports",
                               schema = @Schema(type = SchemaType.STRING))})
    public Response paymentOutcomes(@Parameter(description = "the first day (UTC), included", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from, @Parameter(description = "the last day (UTC), included", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
                                    @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z]{3}$")) @QueryParam("currency") String currency, @Parameter(description = "csv or json; when absent, the Accept header decides, else JSON", schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "json"})) @QueryParam("format") String format) {
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
    @APIResponse(responseCode = "200", description = "The report: JSON with its freshness, or CSV (freshness in the headers)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
                       @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))},
            headers = {@Header(name = AS_OF_EVENT, required = true, description = "the last event of the history the report includes",
                               schema = @Schema(type = SchemaType.INTEGER, format = "int64")),
                       @Header(name = AS_OF_TIME, description = "when that event happened; absent before any event",
                               schema = @Schema(type = SchemaType.STRING, format = "date-time")),
                       @Header(name = NEXT_CURSOR, description = "where the next page starts, for the paged reports",
                               schema = @Schema(type = SchemaType.STRING))})
    public Response ordersByStatus(@Parameter(description = "csv or json; when absent, the Accept header decides, else JSON", schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "json"})) @QueryParam("format") String format) {
        ReportParameters parameters = parameters();
        ReportFormat answer = parameters.format(format, headers.getAcceptableMediaTypes());
        parameters.check();
        return answer("orders-by-status", StatusCount.class, orders.byStatus(), answer);
    }

    @GET
    @Path("orders/status-changes")
    @Operation(operationId = "getStatusChanges", summary = "How many orders moved into each status per day")
    @APIResponse(responseCode = "200", description = "The report: JSON with its freshness, or CSV (freshness in the headers)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
                       @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))},
            headers = {@Header(name = AS_OF_EVENT, required = true, description = "the last event of the history the report includes",
                               schema = @Schema(type = SchemaType.INTEGER, format = "int64")),
                       @Header(name = AS_OF_TIME, description = "when that event happened; absent before any event",
                               schema = @Schema(type = SchemaType.STRING, format = "date-time")),
                       @Header(name = NEXT_CURSOR, description = "where the next page starts, for the paged reports",
                               schema = @Schema(type = SchemaType.STRING))})
    public Response statusChanges(@Parameter(description = "the first day (UTC), included", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from, @Parameter(description = "the last day (UTC), included", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
                                  @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"CREATED", "VALIDATED", "RESERVED", "PAID", "SHIPPED", "FAILED", "EXPIRED", "CANCELLED"})) @QueryParam("status") String status, @Parameter(description = "csv or json; when absent, the Accept header decides, else JSON", schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "json"})) @QueryParam("format") String format) {
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
    @APIResponse(responseCode = "200", description = "The report: JSON with its freshness, or CSV (freshness in the headers)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
                       @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))},
            headers = {@Header(name = AS_OF_EVENT, required = true, description = "the last event of the history the report includes",
                               schema = @Schema(type = SchemaType.INTEGER, format = "int64")),
                       @Header(name = AS_OF_TIME, description = "when that event happened; absent before any event",
                               schema = @Schema(type = SchemaType.STRING, format = "date-time")),
                       @Header(name = NEXT_CURSOR, description = "where the next page starts, for the paged reports",
                               schema = @Schema(type = SchemaType.STRING))})
    public Response stuckOrders(@Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"CREATED", "VALIDATED", "RESERVED", "PAID", "SHIPPED", "FAILED", "EXPIRED", "CANCELLED"})) @QueryParam("status") String status, @Parameter(description = "an ISO 8601 duration such as PT15M", schema = @Schema(type = SchemaType.STRING, format = "duration")) @QueryParam("minAge") String minAge,
                                @QueryParam("cursor") String cursor, @QueryParam("limit") String limit,
                                @Parameter(description = "csv or json; when absent, the Accept header decides, else JSON", schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "json"})) @QueryParam("format") String format) {
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
    @APIResponse(responseCode = "200", description = "The report: JSON with its freshness, or CSV (freshness in the headers)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
                       @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))},
            headers = {@Header(name = AS_OF_EVENT, required = true, description = "the last event of the history the report includes",
                               schema = @Schema(type = SchemaType.INTEGER, format = "int64")),
                       @Header(name = AS_OF_TIME, description = "when that event happened; absent before any event",
                               schema = @Schema(type = SchemaType.STRING, format = "date-time")),
                       @Header(name = NEXT_CURSOR, description = "where the next page starts, for the paged reports",
                               schema = @Schema(type = SchemaType.STRING))})
    public Response stockLevels(@Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "2147483647")) @QueryParam("threshold") String threshold, @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "366")) @QueryParam("coverDays") String coverDays,
                                @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("lowOnly") String lowOnly, @Parameter(description = "csv or json; when absent, the Accept header decides, else JSON", schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "json"})) @QueryParam("format") String format) {
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
