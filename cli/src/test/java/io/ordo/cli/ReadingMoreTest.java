package io.ordo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** History, lifecycle, list filters and statuses the CLI does not know yet, against a stub server. */
class ReadingMoreTest {

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

    @Test
    void history_is_a_timeline_with_the_time_each_step_took() {
        server.respond("GET", "/api/v1/orders/" + ORDER_ID, StubResponse.fixture("order-shipped.json"));

        Cli.Result result = ordo("orders", "history", ORDER_ID);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).containsExactly(
                "Order " + ORDER_ID + " is SHIPPED.",
                "",
                "AT                     AFTER  STATUS     REASON (BY)",
                "2025-03-01 14:05:12Z          CREATED    order placed (storefront:web-eu)",
                "2025-03-01 14:05:13Z   +1.0s  VALIDATED  all lines valid (system)",
                "2025-03-01 14:05:14Z   +1.0s  RESERVED   stock reserved until 14:20 (system)",
                "2025-03-01 14:05:19Z   +5.3s  PAID       payment captured by the gateway",
                "                                         (system)",
                "2025-03-01 15:30:00Z  +1h24m  SHIPPED    shipped with DHL, tracking",
                "                                         JD014600006281 (admin:admin)");
    }

    @Test
    void history_as_json_is_the_apis_history_with_correlation_ids() throws Exception {
        server.respond("GET", "/api/v1/orders/" + ORDER_ID, StubResponse.fixture("order-shipped.json"));

        JsonNode history = json.readTree(ordo("orders", "history", ORDER_ID, "-o", "json").out());

        assertThat(history).hasSize(5);
        assertThat(history.get(0).get("from").isNull()).isTrue();
        assertThat(history.get(4).get("to").asText()).isEqualTo("SHIPPED");
        assertThat(history.get(4).get("correlationId").asText()).isEqualTo("c-9a12");
    }

    @Test
    void lifecycle_lists_where_each_action_leads() {
        server.respond("GET", "/api/v1/orders/lifecycle", StubResponse.fixture("lifecycle.json"));

        Cli.Result result = ordo("orders", "lifecycle");

        assertThat(result.out()).startsWith("Starts  CREATED\nEnds    SHIPPED, CANCELLED\n\nFROM       ACTION    TO\n")
                .contains("PAID       ship      SHIPPED\n", "EXPIRED    retry     CREATED\n");
    }

    @Test
    void a_status_newer_than_the_cli_is_shown_by_its_name() {
        server.respond("GET", "/api/v1/orders/" + ORDER_ID, StubResponse.fixture("order-on-hold.json"));

        Cli.Result result = ordo("orders", "show", ORDER_ID);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Status    ON_HOLD", "Payment   PARTIALLY_REFUNDED", "Actions   release, cancel");
    }

    @Test
    void a_reserved_order_shows_until_when_it_waits_for_payment() {
        server.respond("GET", "/api/v1/orders/" + ORDER_ID, StubResponse.json(200,
                io.ordo.client.testing.Fixtures.read("order.json").replace("\"status\": \"PAID\"", "\"status\": \"RESERVED\"")));

        Cli.Result result = ordo("orders", "show", ORDER_ID);

        assertThat(result.out()).contains("Reserved  until 2025-03-01 14:20:14Z, unless paid");
    }

    @Test
    void list_filters_go_to_the_server_and_into_the_command_for_the_next_page() {
        server.respond("GET", "/api/v1/orders", StubResponse.fixture("orders-page.json"));

        Cli.Result result = ordo("orders", "list", "--customer", "ada@example.org", "--from", "2025-03-01",
                "--to", "2025-03-02T12:00:00+01:00", "--search", "Ada's shop");

        assertThat(server.requests("/api/v1/orders").get(0).query())
                .containsEntry("customer", "ada@example.org")
                .containsEntry("from", "2025-03-01T00:00:00Z")
                .containsEntry("to", "2025-03-02T11:00:00Z")
                .containsEntry("q", "Ada's shop");
        assertThat(result.out()).contains("More: ordo orders list --customer ada@example.org --from 2025-03-01T00:00:00Z "
                + "--to 2025-03-02T11:00:00Z --search 'Ada'\\''s shop' --cursor orders-cursor-2");
    }

    @Test
    void a_time_that_is_no_time_is_a_usage_error_with_an_example() {
        Cli.Result result = ordo("orders", "list", "--from", "yesterday");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'yesterday' is not a time", "2025-03-01");
        assertThat(server.requests()).isEmpty();
    }
}
