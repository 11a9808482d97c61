package io.ordo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ordo.client.testing.Fixtures;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What each command prints, as a table for people and as JSON for scripts, against a stub server. */
class OutputTest {

    private static final String ORDER_ID = "3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10";

    private final StubServer server = StubServer.start();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path home;

    @AfterEach
    void stop() {
        server.close();
    }

    private Cli.Result ordo(String... args) {
        return Cli.in(home).withVariable("ORDO_SERVER", server.baseUri().toString()).run(args);
    }

    private static void assertFits80Columns(String text) {
        assertThat(text.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
    }

    @Test
    void products_list_prints_an_aligned_table_with_prices_stock_and_how_to_read_on() {
        server.respond("GET", "/api/v1/products", StubResponse.fixture("products-page-1.json"));

        Cli.Result result = ordo("products", "list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).containsExactly(
                "SKU         NAME                     PRICE  AVAILABLE  ACTIVE",
                "ORD-KB-001  Mechanical keyboard  49.90 EUR         12  yes",
                "ORD-MS-002  Wireless mouse       19.00 EUR          0  yes",
                "More: ordo products list --cursor cursor-2");
    }

    @Test
    void products_list_as_json_keeps_the_apis_field_names_and_exact_amounts() throws Exception {
        server.respond("GET", "/api/v1/products", StubResponse.fixture("products-page-1.json"));

        JsonNode page = json.readTree(ordo("products", "list", "--output", "json").out());

        assertThat(page.at("/items/0/sku").asText()).isEqualTo("ORD-KB-001");
        assertThat(page.at("/items/0/price/amount").isTextual()).isTrue();
        assertThat(page.at("/items/0/price/amount").asText()).isEqualTo("49.90");
        assertThat(page.at("/items/0/price/currency").asText()).isEqualTo("EUR");
        assertThat(page.at("/nextCursor").asText()).isEqualTo("cursor-2");
    }

    @Test
    void orders_list_filters_by_status_whatever_its_case_shows_the_day_and_cuts_long_names_to_80_columns() {
        server.respond("GET", "/api/v1/orders", StubResponse.fixture("orders-page.json"));

        Cli.Result result = ordo("orders", "list", "--status", "paid", "--limit", "10");

        assertThat(server.requests("/api/v1/orders").get(0).query())
                .containsEntry("status", "PAID").containsEntry("limit", "10");
        assertThat(result.out()).contains(
                "ID                                    STATUS        TOTAL  CREATED     CUSTOMER",
                ORDER_ID + "  PAID     119.70 EUR  2025-03-01  Ada Lo...",
                "7b9e2d41-5c3a-4f8e-b2d0-91a6e4c7f835  FAILED  1249.00 EUR  2025-03-02  Bartho...",
                "More: ordo orders list --status PAID --limit 10 --cursor orders-cursor-2");
        assertFits80Columns(result.out());
    }

    @Test
    void what_the_server_sends_cannot_steer_the_terminal_and_json_still_means_the_same() throws Exception {
        String hostile = "Mallory \u001b]0;owned\u0007\u001b[2J\r\u009b31m \u202egnp.exe";
        server.respond("GET", "/api/v1/orders", StubResponse.json(200, "{\"items\":[{\"id\":\"" + ORDER_ID
                + "\",\"status\":\"PAID\",\"customerName\":" + json.writeValueAsString(hostile)
                + ",\"total\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\"createdAt\":\"2025-03-01T14:05:12Z\"}],"
                + "\"nextCursor\":null}"));

        Cli.Result table = ordo("orders", "list");
        Cli.Result asJson = ordo("orders", "list", "-o", "json");

        assertThat(table.out()).doesNotContain("\u001b", "\u0007", "\r", "\u009b", "\u202e")
                .contains("Mallory \\...");
        assertThat(json.readTree(asJson.out()).get("items").get(0).get("customerName").asText()).isEqualTo(hostile);
        assertThat(asJson.out()).doesNotContain("\u009b", "\u202e");
    }

    @Test
    void orders_list_all_reads_every_page() throws Exception {
        server.respond("GET", "/api/v1/orders", request -> StubResponse.fixture(
                request.query().containsKey("cursor") ? "orders-page-2.json" : "orders-page.json"));

        JsonNode page = json.readTree(ordo("orders", "list", "--all", "-o", "json").out());

        assertThat(page.get("items")).hasSize(3);
        assertThat(page.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void an_empty_list_says_so() {
        server.respond("GET", "/api/v1/orders", StubResponse.json(200, "{\"items\":[],\"nextCursor\":null}"));

        assertThat(ordo("orders", "list", "--status", "EXPIRED").out()).isEqualTo("No EXPIRED orders.\n");
    }

    @Test
    void orders_show_prints_status_payment_total_lines_and_history_wrapping_long_reasons() {
        server.respond("GET", "/api/v1/orders/" + ORDER_ID, StubResponse.fixture("order.json"));

        Cli.Result result = ordo("orders", "show", ORDER_ID);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains(
                "Order     " + ORDER_ID,
                "Status    PAID",
                "Payment   CAPTURED",
                "Customer  Ada Lovelace",
                "Total     119.70 EUR",
                "Updated   2025-03-01 14:05:19Z",
                "SKU         NAME                 QTY  UNIT PRICE  LINE TOTAL",
                "ORD-KB-001  Mechanical keyboard    2   49.90 EUR   99.80 EUR",
                "Actions   cancel, ship",
                "AT                    AFTER  STATUS     REASON (BY)",
                "2025-03-01 14:05:12Z         CREATED    order placed (storefront:web-eu)",
                "2025-03-01 14:05:19Z  +5.3s  PAID       payment captured by the gateway (system)\n");
        assertThat(result.out()).as("a paid order's reservation no longer matters").doesNotContain("Reserved");
        assertFits80Columns(result.out());
    }

    @Test
    void orders_show_as_json_is_the_whole_order() throws Exception {
        server.respond("GET", "/api/v1/orders/" + ORDER_ID, StubResponse.fixture("order.json"));

        JsonNode order = json.readTree(ordo("orders", "show", ORDER_ID, "--output", "json").out());

        assertThat(order.get("id").asText()).isEqualTo(ORDER_ID);
        assertThat(order.get("paymentStatus").asText()).isEqualTo("CAPTURED");
        assertThat(order.at("/total/amount").asText()).isEqualTo("119.70");
        assertThat(order.get("lines")).hasSize(2);
        assertThat(order.get("history")).hasSize(4);
        assertThat(order.at("/history/3/at").asText()).isEqualTo("2025-03-01T14:05:19.250Z");
    }

    @Test
    void health_of_a_healthy_server_exits_0_and_lists_its_checks() {
        server.respond("GET", "/health", StubResponse.fixture("health-up.json"));

        Cli.Result result = ordo("health");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Status  UP", "database         UP", "payment-gateway  UP");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void health_of_a_server_that_is_down_exits_7_and_names_what_failed() {
        server.respond("GET", "/health", StubResponse.json(503, Fixtures.read("health-down.json")));

        Cli.Result result = ordo("health", "--output", "json");

        assertThat(result.exitCode()).isEqualTo(7);
        assertThat(result.out()).contains("\"status\" : \"DOWN\"");
        assertThat(result.err()).isEqualTo("ordo: " + server.baseUri() + " is DOWN (failing: broker). "
                + "Check those services and the server log.\n");
    }

    @Test
    void a_list_as_csv_is_the_rows_alone_on_stdout_with_formulas_defused_and_the_paging_hint_on_stderr() {
        server.respond("GET", "/api/v1/orders", StubResponse.json(200, "{\"items\":[{\"id\":\"" + ORDER_ID
                + "\",\"status\":\"PAID\",\"customerName\":\"=HYPERLINK(\\\"http://evil\\\", \\\"x\\\")\","
                + "\"total\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\"createdAt\":\"2025-03-01T14:05:12Z\"}],"
                + "\"nextCursor\":\"c2\"}"));

        Cli.Result result = ordo("orders", "list", "-o", "csv");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("ID,STATUS,TOTAL,CREATED,CUSTOMER\n"
                + ORDER_ID + ",PAID,1.00 EUR,2025-03-01,\"'=HYPERLINK(\"\"http://evil\"\", \"\"x\"\")\"\n");
        assertThat(result.err()).startsWith("More: ordo orders list --cursor c2");
    }
}
