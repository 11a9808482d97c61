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

/**
 * Cancel, retry and ship against a stub server: they act on the version they read, ask before
 * what cannot be undone, and never act when nobody confirmed.
 */
class OrderCommandsTest {

    private static final String ORDER_ID = "3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10";
    private static final String ORDER_PATH = "/api/v1/orders/" + ORDER_ID;

    /** A PAID order at version 4 that may be cancelled or shipped. */
    private final StubServer server = StubServer.start()
            .respond("GET", ORDER_PATH, StubResponse.fixture("order.json").withHeader("ETag", "\"4\""));

    @TempDir
    Path home;

    @AfterEach
    void stop() {
        server.close();
    }

    private Cli cli() {
        return Cli.in(home).withVariable("ORDO_SERVER", server.baseUri().toString());
    }

    private static StubResponse problem(int status, String type, String detail) {
        return StubResponse.problem(status, "{\"type\":\"https://ordo.dev/problems/" + type + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }

    @Test
    void ship_with_yes_ships_the_version_it_read_and_says_so() {
        server.respond("POST", ORDER_PATH + "/ship", StubResponse.fixture("order-shipped.json"));

        Cli.Result result = cli().run("orders", "ship", ORDER_ID, "--carrier", "DHL", "--tracking", "JD014600006281", "--yes");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("Shipped order " + ORDER_ID + " with DHL, tracking JD014600006281: now SHIPPED.\n");
        assertThat(result.asked()).isEmpty();
        assertThat(server.requests(ORDER_PATH + "/ship").get(0).header("If-Match")).contains("\"4\"");
        assertThat(server.requests(ORDER_PATH + "/ship").get(0).body()).contains("\"carrier\":\"DHL\"");
    }

    @Test
    void ship_as_json_prints_the_shipped_order() throws Exception {
        server.respond("POST", ORDER_PATH + "/ship", StubResponse.fixture("order-shipped.json"));

        Cli.Result result = cli().run("orders", "ship", ORDER_ID, "--carrier", "DHL", "--tracking", "JD01", "-y", "-o", "json");

        JsonNode order = new ObjectMapper().readTree(result.out());
        assertThat(order.get("status").asText()).isEqualTo("SHIPPED");
        assertThat(order.at("/shipment/trackingNumber").asText()).isEqualTo("JD014600006281");
        assertThat(order.get("version").asLong()).isEqualTo(5);
    }

    @Test
    void without_a_terminal_and_without_yes_nothing_is_shipped_and_it_exits_2() {
        Cli.Result result = cli().run("orders", "ship", ORDER_ID, "--carrier", "DHL", "--tracking", "JD01");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("ordo: Shipping order " + ORDER_ID
                + " needs a confirmation and there is no terminal to ask on: add --yes to confirm.\n");
        assertThat(server.requests(ORDER_PATH + "/ship")).isEmpty();
    }

    @Test
    void cancel_asks_first_naming_the_order_and_the_refund_and_goes_ahead_on_yes() {
        server.respond("POST", ORDER_PATH + "/cancel", StubResponse.fixture("order.json"));

        Cli.Result result = cli().withTerminalAnswering("y").run("orders", "cancel", ORDER_ID, "--reason", "fraud");

        assertThat(result.exitCode()).isZero();
        assertThat(result.asked()).containsExactly("Cancel order " + ORDER_ID
                + " (PAID, 119.70 EUR, Ada Lovelace)? Its payment will be refunded. [y/N] ");
        assertThat(server.requests(ORDER_PATH + "/cancel").get(0).body()).isEqualTo("{\"reason\":\"fraud\"}");
        assertThat(result.out()).contains("The refund goes through the gateway");
    }

    @Test
    void cancel_answered_with_anything_but_yes_does_nothing_and_exits_2() {
        Cli.Result result = cli().withTerminalAnswering("").run("orders", "cancel", ORDER_ID);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("ordo: Not confirmed: nothing was done.\n");
        assertThat(server.requests(ORDER_PATH + "/cancel")).isEmpty();
    }

    @Test
    void an_action_the_order_does_not_offer_now_exits_5_without_asking_or_sending_it() {
        server.respond("GET", ORDER_PATH, StubResponse.fixture("order-shipped.json"));

        Cli.Result result = cli().withTerminalAnswering().run("orders", "ship", ORDER_ID, "--carrier", "DHL", "--tracking", "1");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).isEqualTo("ordo: Order " + ORDER_ID
                + " is SHIPPED; it cannot ship from there. Nothing can be done to it now.\n");
        assertThat(result.asked()).isEmpty();
        assertThat(server.requests(ORDER_PATH + "/ship")).isEmpty();
    }

    @Test
    void an_order_changed_since_it_was_read_exits_5_and_says_how_to_see_it_now() {
        server.respond("POST", ORDER_PATH + "/cancel", problem(412, "precondition-failed", "Order " + ORDER_ID
                + " changed since you read it (version 4, now 5, SHIPPED). Read it again and decide anew."));

        Cli.Result result = cli().run("orders", "cancel", ORDER_ID, "--yes");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).isEqualTo("ordo: Order " + ORDER_ID + " changed since you read it (version 4, now 5, "
                + "SHIPPED). Read it again and decide anew. See it now with: ordo orders show " + ORDER_ID + "\n");
    }

    @Test
    void an_illegal_transition_the_server_refuses_exits_5_in_the_servers_words() {
        server.respond("POST", ORDER_PATH + "/cancel", problem(409, "illegal-transition", "Order " + ORDER_ID
                + " is SHIPPED; it cannot cancel from there. SHIPPED is final."));

        Cli.Result result = cli().run("orders", "cancel", ORDER_ID, "--yes");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).isEqualTo("ordo: Order " + ORDER_ID + " is SHIPPED; it cannot cancel from there. "
                + "SHIPPED is final.\n");
    }

    @Test
    void retry_asks_nothing_and_says_how_to_follow_the_order() {
        server.respond("GET", ORDER_PATH, StubResponse.json(200, io.ordo.client.testing.Fixtures.read("order.json")
                .replace("\"status\": \"PAID\"", "\"status\": \"FAILED\"")
                .replace("\"actions\": [\"cancel\", \"ship\"]", "\"actions\": [\"retry\"]")));
        server.respond("POST", ORDER_PATH + "/retry", StubResponse.json(200, io.ordo.client.testing.Fixtures.read("order.json")
                .replace("\"status\": \"PAID\"", "\"status\": \"CREATED\"")));

        Cli.Result result = cli().run("orders", "retry", ORDER_ID, "--reason", "card replaced");

        assertThat(result.exitCode()).isZero();
        assertThat(result.asked()).isEmpty();
        assertThat(result.out()).isEqualTo("Retried order " + ORDER_ID + " (was FAILED): now CREATED, and on its way "
                + "through the pipeline again.\nFollow it with: ordo orders history " + ORDER_ID + "\n");
        assertThat(server.requests(ORDER_PATH + "/retry").get(0).body()).isEqualTo("{\"reason\":\"card replaced\"}");
    }

    @Test
    void ship_needs_a_carrier_and_a_tracking_number() {
        Cli.Result result = cli().run("orders", "ship", ORDER_ID, "--yes");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--carrier", "--tracking");
        assertThat(server.requests()).isEmpty();
    }

    /** The server's list for an id prefix: the order of {@link #ORDER_ID} for a prefix of it, else none. */
    private void answerIdPrefixes() {
        server.respond("GET", "/api/v1/orders", request -> StubResponse.json(200,
                ORDER_ID.startsWith(request.query().get("idPrefix"))
                        ? "{\"items\":[{\"id\":\"" + ORDER_ID + "\",\"status\":\"PAID\",\"customerName\":\"Ada\","
                                + "\"total\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},"
                                + "\"createdAt\":\"2025-03-01T14:05:12Z\"}],\"nextCursor\":null}"
                        : "{\"items\":[],\"nextCursor\":null}"));
    }

    @Test
    void the_first_characters_of_an_id_name_the_order_they_start() {
        answerIdPrefixes();
        server.respond("POST", ORDER_PATH + "/ship", StubResponse.fixture("order-shipped.json"));

        Cli.Result shown = cli().run("orders", "show", "3F2A1C9E");
        Cli.Result shipped = cli().run("orders", "ship", "3f2a1c9e-8d", "--carrier", "DHL", "--tracking", "JD01", "--yes");

        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(server.requests("/api/v1/orders").get(0).query()).containsEntry("idPrefix", "3f2a1c9e");
        assertThat(shown.out()).contains(ORDER_ID);
        assertThat(shipped.exitCode()).as(shipped.err()).isZero();
        assertThat(server.requests(ORDER_PATH + "/ship")).hasSize(1);
    }

    @Test
    void a_prefix_several_ids_start_with_is_refused_listing_them_and_an_unknown_one_is_not_found() {
        server.respond("GET", "/api/v1/orders", StubResponse.fixture("orders-page.json"));

        Cli.Result ambiguous = cli().run("orders", "history", "3");
        answerIdPrefixes();
        Cli.Result unknown = cli().run("orders", "show", "ffff");
        Cli.Result malformed = cli().run("orders", "show", "f13c6f9x");

        assertThat(ambiguous.exitCode()).isEqualTo(2);
        assertThat(ambiguous.err()).isEqualTo("ordo: 3 starts the ids of several orders; give more of the id:\n"
                + "  3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10  PAID  2025-03-01 14:05:12Z\n"
                + "  7b9e2d41-5c3a-4f8e-b2d0-91a6e4c7f835  FAILED  2025-03-02 09:00:00Z\n");
        assertThat(unknown.exitCode()).isEqualTo(4);
        assertThat(unknown.err()).contains("No order's id starts with ffff");
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err()).contains("'f13c6f9x' is not an order id or the start of one");
    }

    @Test
    void a_time_range_that_ends_before_it_starts_is_invalid_input_as_in_the_reports_and_nothing_is_sent() {
        Cli.Result result = cli().run("orders", "list", "--from", "2025-03-02", "--to", "2025-03-01");

        assertThat(result.exitCode()).isEqualTo(6);
        assertThat(result.err()).isEqualTo("ordo: --from (2025-03-02T00:00:00Z) must be before --to "
                + "(2025-03-01T00:00:00Z): no order can match. Swap them, or drop one.\n");
        assertThat(server.requests("/api/v1/orders")).isEmpty();
    }

    @Test
    void the_search_option_says_it_matches_whole_words() {
        Cli.Result result = cli().run("orders", "list", "--help");

        assertThat(result.out()).contains("whole word").doesNotContain("contains TEXT");
    }
}
