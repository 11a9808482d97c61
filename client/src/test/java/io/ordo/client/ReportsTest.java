package io.ordo.client;

import io.ordo.client.model.OrderStatus;
import io.ordo.client.model.Report;
import io.ordo.client.model.ReportFreshness;
import io.ordo.client.model.ReportsRebuild;
import io.ordo.client.model.SalesDay;
import io.ordo.client.model.StatusCount;
import io.ordo.client.model.StockLevel;
import io.ordo.client.model.StuckOrder;
import io.ordo.client.testing.Fixtures;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The reports, typed and as CSV, with their freshness; and the rebuild of their read models. */
class ReportsTest {

    private static final String REPORTS = "/api/v1/reports/";

    private final StubServer server = StubServer.start();
    private final OrdoClient client = OrdoClient.connect(ServerConfig.of(server.baseUri()));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sales_come_with_their_freshness_and_amounts_to_the_cent() {
        server.respond("GET", REPORTS + "sales", StubResponse.fixture("report-sales.json"));

        Report<SalesDay> report = client.reports().sales(ReportQuery.defaults()
                .between(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31")).withCurrency("EUR"));

        assertThat(server.requests(REPORTS + "sales").get(0).query()).containsExactly(
                Map.entry("from", "2025-03-01"), Map.entry("to", "2025-03-31"), Map.entry("currency", "EUR"));
        assertThat(report.asOfEvent()).isEqualTo(1042);
        assertThat(report.asOfTime()).isEqualTo(Instant.parse("2025-03-02T08:15:00Z"));
        SalesDay first = report.rows().get(0);
        assertThat(first.day()).isEqualTo(LocalDate.parse("2025-03-01"));
        assertThat(first.revenue()).isEqualByComparingTo("1234.50");
        assertThat(first.netRevenue()).isEqualTo(new BigDecimal("1134.70"));
    }

    @Test
    void each_report_is_sent_only_the_filters_it_reads() {
        server.respond("GET", REPORTS + "orders/status", StubResponse.fixture("report-status.json"));
        server.respond("GET", REPORTS + "orders/status-changes", StubResponse.fixture("report-status-changes.json"));
        server.respond("GET", REPORTS + "stock", StubResponse.fixture("report-stock.json"));
        ReportQuery everything = ReportQuery.defaults().between(LocalDate.parse("2025-03-01"), null)
                .withCurrency("EUR").withStatus(OrderStatus.PAID).withStock(3, 7, true);

        Report<StatusCount> byStatus = client.reports().ordersByStatus();
        client.reports().statusChanges(everything);
        Report<StockLevel> stock = client.reports().stock(everything);

        assertThat(server.requests(REPORTS + "orders/status").get(0).rawQuery()).isNull();
        assertThat(server.requests(REPORTS + "orders/status-changes").get(0).query())
                .containsOnlyKeys("from", "status").containsEntry("status", "PAID");
        assertThat(server.requests(REPORTS + "stock").get(0).query()).containsExactly(
                Map.entry("threshold", "3"), Map.entry("coverDays", "7"), Map.entry("lowOnly", "true"));
        assertThat(byStatus.rows()).extracting(StatusCount::status)
                .containsExactly(OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.of("ON_HOLD"));
        assertThat(byStatus.lagEvents()).isEqualTo(3);
        assertThat(stock.rows().get(1).lowStock()).isTrue();
        assertThat(stock.rows().get(1).daysOfCover()).isNull();
        assertThat(stock.rows().get(0).daysOfCover()).isEqualByComparingTo("17");
    }

    @Test
    void stuck_orders_are_read_page_by_page() {
        server.respond("GET", REPORTS + "orders/stuck", request -> StubResponse.fixture(
                "stuck-2".equals(request.query().get("cursor")) ? "report-stuck-page-2.json" : "report-stuck-page-1.json"));

        List<StuckOrder> stuck = client.reports().allStuckOrders(ReportQuery.defaults()
                .withMinAge(Duration.ofMinutes(15)).withLimit(1)).toList();

        assertThat(stuck).extracting(StuckOrder::status).containsExactly(OrderStatus.RESERVED, OrderStatus.PAID);
        assertThat(stuck.get(0).total()).isEqualByComparingTo("79.90");
        assertThat(server.requests(REPORTS + "orders/stuck").get(0).query())
                .containsEntry("minAge", "PT15M").containsEntry("limit", "1");
    }

    @Test
    void freshness_says_how_far_behind_the_read_models_are() {
        server.respond("GET", REPORTS + "freshness", StubResponse.fixture("report-freshness.json"));

        ReportFreshness freshness = client.reports().freshness();

        assertThat(freshness.generation()).isEqualTo(2);
        assertThat(freshness.lagEvents()).isEqualTo(5);
        assertThat(freshness.lagSeconds()).isEqualTo(3);
    }

    @Test
    void csv_is_streamed_as_the_server_wrote_it_with_the_freshness_from_its_headers() throws IOException {
        String csv = Fixtures.read("report-sales.csv");
        server.respond("GET", REPORTS + "sales", new StubResponse(200,
                Map.of("Content-Type", "text/csv; charset=UTF-8", "Report-As-Of-Event", "1042",
                        "Report-As-Of-Time", "2025-03-02T08:15:00Z"), csv));

        String body;
        try (CsvReport report = client.reports().csv(ReportKind.SALES, ReportQuery.defaults().withCurrency("EUR"))) {
            body = new String(report.body().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(report.asOfEvent()).isEqualTo(1042);
            assertThat(report.asOfTime()).contains(Instant.parse("2025-03-02T08:15:00Z"));
            assertThat(report.nextCursor()).isEmpty();
        }

        assertThat(body).isEqualTo(csv);
        var request = server.requests(REPORTS + "sales").get(0);
        assertThat(request.query()).containsEntry("format", "csv").containsEntry("currency", "EUR");
        assertThat(request.header("Accept")).hasValueSatisfying(accept -> assertThat(accept).startsWith("text/csv"));
    }

    @Test
    void a_csv_refused_for_its_parameters_is_a_validation_error_naming_them() {
        server.respond("GET", REPORTS + "sales", StubResponse.problem(400, """
                {"type":"https://ordo.dev/problems/validation","title":"Invalid request","status":400,
                 "detail":"The query parameter from must not be after to (2025-03-01).",
                 "errors":[{"field":"from","message":"must not be after to (2025-03-01)"}]}
                """));

        ApiException failure = catchThrowableOfType(ApiException.class, () -> client.reports().csv(ReportKind.SALES,
                ReportQuery.defaults().between(LocalDate.parse("2025-03-02"), LocalDate.parse("2025-03-01"))));

        assertThat(failure.kind()).isEqualTo(ErrorKind.VALIDATION);
        assertThat(failure.fieldErrors()).extracting(FieldError::field).containsExactly("from");
    }

    @Test
    void a_rebuild_is_started_and_followed_by_its_generation() {
        server.respond("POST", "/api/v1/admin/reports/rebuild",
                StubResponse.json(202, Fixtures.read("rebuild-building.json"))
                        .withHeader("Location", "/api/v1/admin/reports/rebuilds/3"));
        server.respond("GET", "/api/v1/admin/reports/rebuilds/3", StubResponse.fixture("rebuild-live.json"));

        ReportsRebuild started = client.reports().startRebuild();
        ReportsRebuild done = client.reports().rebuild(started.generation());

        assertThat(started.isRunning()).isTrue();
        assertThat(done.isRunning()).isFalse();
        assertThat(done.status()).isEqualTo("LIVE");
        assertThat(done.eventsApplied()).isEqualTo(1042);
        assertThat(OrdoJson.newObjectMapper().valueToTree(done).has("running"))
                .as("written back as JSON, it is the API's document").isFalse();
    }

    @Test
    void a_second_rebuild_while_one_runs_is_a_conflict() {
        server.respond("POST", "/api/v1/admin/reports/rebuild", StubResponse.problem(409, """
                {"type":"https://ordo.dev/problems/conflict","title":"Conflict","status":409,
                 "detail":"Generation 3 is being rebuilt; wait until it is done."}
                """));

        ApiException failure = catchThrowableOfType(ApiException.class, () -> client.reports().startRebuild());

        assertThat(failure.kind()).isEqualTo(ErrorKind.CONFLICT);
    }
}
