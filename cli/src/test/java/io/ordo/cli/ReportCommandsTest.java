package io.ordo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ordo.client.testing.Fixtures;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The report commands against a stub server: tables with their freshness, JSON, CSV, the rebuild. */
class ReportCommandsTest {

    private static final String REPORTS = "/api/v1/reports/";

    private final StubServer server = StubServer.start();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path home;

    @AfterEach
    void stop() {
        server.close();
    }

    private Cli cli() {
        return Cli.in(home).withVariable("ORDO_SERVER", server.baseUri().toString());
    }

    @Test
    void sales_is_a_table_with_its_freshness_under_it() {
        server.respond("GET", REPORTS + "sales", StubResponse.fixture("report-sales.json"));

        Cli.Result result = cli().run("reports", "sales", "--from", "2025-03-01", "--to", "2025-03-31",
                "--currency", "EUR");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(server.requests(REPORTS + "sales").get(0).query()).containsExactly(
                Map.entry("from", "2025-03-01"), Map.entry("to", "2025-03-31"), Map.entry("currency", "EUR"));
        assertThat(result.out().lines()).containsExactly(
                "DAY         CUR  ORDERS  UNITS  REVENUE  REFUNDS      NET",
                "2025-03-01  EUR      12     30  1234.50    99.80  1134.70",
                "2025-03-02  EUR       3      4   199.60     0.00   199.60",
                "As of event 1042 (2025-03-02 08:15:00Z): up to date.");
    }

    @Test
    void a_report_behind_the_events_says_by_how_much() {
        server.respond("GET", REPORTS + "orders/status", StubResponse.fixture("report-status.json"));

        Cli.Result result = cli().run("reports", "status");

        assertThat(result.out().lines()).containsExactly(
                "STATUS   ORDERS",
                "PAID          7",
                "SHIPPED      40",
                "ON_HOLD       1",
                "As of event 1042 (2025-03-02 08:15:00Z): 3 events behind, the oldest from 2.0s ago.");
    }

    @Test
    void json_is_the_apis_document_with_amounts_as_strings() throws Exception {
        server.respond("GET", REPORTS + "sales", StubResponse.fixture("report-sales.json"));

        JsonNode report = json.readTree(cli().run("reports", "sales", "-o", "json").out());

        assertThat(report.get("asOfEvent").asLong()).isEqualTo(1042);
        assertThat(report.get("asOfTime").asText()).isEqualTo("2025-03-02T08:15:00Z");
        assertThat(report.at("/rows/0/revenue").isTextual()).isTrue();
        assertThat(report.at("/rows/0/revenue").asText()).isEqualTo("1234.50");
        assertThat(report.at("/rows/0/day").asText()).isEqualTo("2025-03-01");
    }

    @Test
    void csv_is_the_servers_own_copied_to_stdout_untouched() {
        String csv = Fixtures.read("report-sales.csv");
        server.respond("GET", REPORTS + "sales", new StubResponse(200,
                Map.of("Content-Type", "text/csv; charset=UTF-8", "Report-As-Of-Event", "1042"), csv));

        Cli.Result result = cli().run("reports", "sales", "--from", "2025-03-01", "--output", "csv");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo(csv);
        assertThat(result.err()).isEmpty();
        assertThat(server.requests(REPORTS + "sales").get(0).query()).containsEntry("format", "csv")
                .containsEntry("from", "2025-03-01");
    }

    @Test
    void stuck_orders_page_in_csv_with_one_header_for_all_pages() {
        server.respond("GET", REPORTS + "orders/stuck", request -> "stuck-2".equals(request.query().get("cursor"))
                ? new StubResponse(200, Map.of("Content-Type", "text/csv"), "orderId,status\r\nb,PAID\r\n")
                : new StubResponse(200, Map.of("Content-Type", "text/csv", "Report-Next-Cursor", "stuck-2"),
                        "orderId,status\r\na,RESERVED\r\n"));

        Cli.Result onePage = cli().run("reports", "stuck", "--min-age", "15m", "-o", "csv");
        Cli.Result allPages = cli().run("reports", "stuck", "--all", "-o", "csv");

        assertThat(onePage.out()).isEqualTo("orderId,status\r\na,RESERVED\r\n");
        assertThat(onePage.err()).isEqualTo("More: ordo reports stuck --min-age PT15M --output csv --cursor stuck-2\n");
        assertThat(server.requests(REPORTS + "orders/stuck").get(0).query()).containsEntry("minAge", "PT15M");
        assertThat(allPages.out()).isEqualTo("orderId,status\r\na,RESERVED\r\nb,PAID\r\n");
        assertThat(allPages.err()).isEmpty();
    }

    @Test
    void stuck_orders_show_how_long_they_have_been_stuck() {
        server.respond("GET", REPORTS + "orders/stuck", StubResponse.fixture("report-stuck-page-1.json"));

        Cli.Result result = cli().run("reports", "stuck", "--status", "reserved");

        assertThat(server.requests(REPORTS + "orders/stuck").get(0).query()).containsEntry("status", "RESERVED");
        assertThat(result.out().lines()).containsExactly(
                "ORDER                                 STATUS       FOR      TOTAL",
                "3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10  RESERVED  22h15m  79.90 EUR",
                "As of event 1042 (2025-03-02 08:15:00Z): up to date.",
                "More: ordo reports stuck --status RESERVED --cursor stuck-2");
    }

    @Test
    void stock_flags_low_stock_and_its_days_of_cover() {
        server.respond("GET", REPORTS + "stock", StubResponse.fixture("report-stock.json"));

        Cli.Result result = cli().run("reports", "stock", "--low-only", "--threshold", "3");

        assertThat(server.requests(REPORTS + "stock").get(0).query()).containsEntry("lowOnly", "true")
                .containsEntry("threshold", "3");
        assertThat(result.out().lines()).containsExactly(
                "SKU     NAME                 ON HAND  RESERVED  AVAILABLE  LOW  COVER",
                "KB-001  Mechanical keyboard       20         3         17       17.0d",
                "MS-002                             2         0          2  low",
                "As of event 1042 (2025-03-02 08:15:00Z): up to date.");
    }

    @Test
    void other_reports_fit_80_columns() {
        server.respond("GET", REPORTS + "sales/products", StubResponse.fixture("report-products.json"));
        server.respond("GET", REPORTS + "payments", StubResponse.fixture("report-payments.json"));
        server.respond("GET", REPORTS + "orders/status-changes", StubResponse.fixture("report-status-changes.json"));

        for (String report : new String[] {"products", "payments", "status-changes"}) {
            Cli.Result result = cli().run("reports", report);
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).contains("2025-03-01", "As of event 1042");
            assertThat(result.out().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
        }
    }

    @Test
    void an_empty_report_says_so_for_the_period_asked() {
        server.respond("GET", REPORTS + "sales", StubResponse.json(200,
                "{\"asOfEvent\":0,\"asOfTime\":null,\"lagEvents\":0,\"lagSeconds\":0,\"rows\":[],\"nextCursor\":null}"));

        Cli.Result result = cli().run("reports", "sales", "--from", "2025-03-01", "--to", "2025-03-31");

        assertThat(result.out()).isEqualTo("No sales from 2025-03-01 to 2025-03-31.\n"
                + "As of no event yet: nothing has happened.\n");
    }

    @Test
    void dates_the_server_refuses_exit_6_in_its_words() {
        server.respond("GET", REPORTS + "sales", StubResponse.problem(400, """
                {"type":"https://ordo.dev/problems/validation","title":"Invalid request","status":400,
                 "detail":"The query parameter from must not be after to (2025-03-01).",
                 "errors":[{"field":"from","message":"must not be after to (2025-03-01)"}]}
                """));

        Cli.Result result = cli().run("reports", "sales", "--from", "2025-03-09", "--to", "2025-03-01", "-o", "csv");

        assertThat(result.exitCode()).isEqualTo(6);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("ordo: The query parameter from must not be after to (2025-03-01).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"reports sales --from 01/03/2025", "reports stuck --min-age soon",
        "reports freshness --output csv", "reports rebuild --timeout forever"})
    void wrong_report_arguments_exit_2_before_asking_the_server(String commandLine) {
        Cli.Result result = cli().run(commandLine.split(" "));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("ordo: ").contains("--help");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void freshness_says_how_far_behind_and_which_generation_answers() {
        server.respond("GET", REPORTS + "freshness", StubResponse.fixture("report-freshness.json"));

        Cli.Result result = cli().run("reports", "freshness");

        assertThat(result.out()).isEqualTo("As of event 1042 (2025-03-02 08:15:00Z): 5 events behind, the oldest "
                + "from 3.0s ago.\nRead models of generation 2 answer.\n");
    }

    @Test
    void rebuild_starts_it_and_says_how_to_follow_it() {
        server.respond("POST", "/api/v1/admin/reports/rebuild",
                StubResponse.json(202, Fixtures.read("rebuild-building.json")));

        Cli.Result result = cli().run("reports", "rebuild");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("Rebuilding the read models as generation 3, replaying the events up to "
                + "1042.\nReports keep answering from the current ones meanwhile. Follow it with: "
                + "ordo reports rebuild-status 3\n");
    }

    @Test
    void rebuild_wait_follows_it_until_it_is_live() {
        server.respond("POST", "/api/v1/admin/reports/rebuild",
                StubResponse.json(202, Fixtures.read("rebuild-building.json")));
        AtomicInteger polls = new AtomicInteger();
        server.respond("GET", "/api/v1/admin/reports/rebuilds/3", request -> StubResponse.fixture(
                polls.incrementAndGet() < 2 ? "rebuild-building.json" : "rebuild-live.json"));

        Cli.Result result = cli().run("reports", "rebuild", "--wait");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Generation   3\n", "Status       LIVE\n", "Finished     2025-03-02 09:00:04Z (4.0s)\n",
                "Applied      1042 events, as of event 1050\n");
        assertThat(polls).hasValue(2);
    }

    @Test
    void a_failed_rebuild_exits_1_with_its_reason() {
        server.respond("POST", "/api/v1/admin/reports/rebuild", StubResponse.json(202,
                Fixtures.read("rebuild-building.json").replace("\"BUILDING\"", "\"FAILED\"")
                        .replace("\"failure\": null", "\"failure\": \"event 17 could not be read\"")));

        Cli.Result result = cli().run("reports", "rebuild", "--wait");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("ordo: Rebuild 3 failed: event 17 could not be read. "
                + "Reports keep answering from the previous read models.\n");
    }

    @Test
    void a_second_rebuild_while_one_runs_exits_5() {
        server.respond("POST", "/api/v1/admin/reports/rebuild", StubResponse.problem(409, """
                {"type":"https://ordo.dev/problems/conflict","title":"Conflict","status":409,
                 "detail":"Generation 3 is being rebuilt."}
                """));

        Cli.Result result = cli().run("reports", "rebuild");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).startsWith("ordo: Generation 3 is being rebuilt.");
    }
}
