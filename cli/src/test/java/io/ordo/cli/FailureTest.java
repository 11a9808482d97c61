package io.ordo.cli;

import io.ordo.client.testing.Fixtures;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of failure ends in its documented exit code and one line on stderr saying what to do. */
class FailureTest {

    private static final String ORDER_ID = "3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10";
    private static final String ORDER_PATH = "/api/v1/orders/" + ORDER_ID;

    private final StubServer server = StubServer.start();

    @TempDir
    Path home;

    @AfterEach
    void stop() {
        server.close();
    }

    private Cli.Result showOrderAnswered(StubResponse response) {
        server.respond("GET", ORDER_PATH, response);
        return Cli.in(home).run("orders", "show", ORDER_ID, "--server", server.baseUri().toString());
    }

    private static StubResponse problem(int status, String kind, String detail) {
        return StubResponse.problem(status, "{\"type\":\"https://ordo.dev/problems/" + kind + "\",\"title\":\"" + kind
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }

    private static void assertOneReadableLine(Cli.Result result) {
        assertThat(result.err()).startsWith("ordo: ").doesNotContain("Exception", "\tat ");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void an_unreachable_server_exits_7_and_says_which_server_to_check() {
        URI nowhere = StubServer.unreachableUri();

        Cli.Result result = Cli.in(home).run("orders", "list", "--server", nowhere.toString());

        assertThat(result.exitCode()).isEqualTo(7);
        assertThat(result.err()).isEqualTo("ordo: Cannot reach " + nowhere + ": connection refused. "
                + "Is the server running? Check --server or ORDO_SERVER.\n");
    }

    @Test
    void a_missing_or_expired_session_exits_3_and_says_how_to_sign_in() {
        Cli.Result result = showOrderAnswered(problem(401, "unauthorized", "Missing or expired access token"));

        assertThat(result.exitCode()).isEqualTo(3);
        assertOneReadableLine(result);
        assertThat(result.err()).contains("Missing or expired access token.",
                "ordo login --server " + server.baseUri() + " --username NAME");
    }

    @Test
    void a_missing_role_exits_3_and_says_whom_to_ask() {
        Cli.Result result = showOrderAnswered(problem(403, "forbidden", "Requires the admin role"));

        assertThat(result.exitCode()).isEqualTo(3);
        assertOneReadableLine(result);
        assertThat(result.err()).isEqualTo("ordo: Requires the admin role. Ask an admin for the role if you need it.\n");
    }

    @Test
    void an_unknown_order_exits_4() {
        Cli.Result result = showOrderAnswered(problem(404, "not-found", "No order " + ORDER_ID));

        assertThat(result.exitCode()).isEqualTo(4);
        assertOneReadableLine(result);
        assertThat(result.err()).contains("No order " + ORDER_ID);
    }

    @Test
    void a_server_without_the_api_exits_4_and_asks_whether_it_is_the_right_server() {
        server.respond("GET", "/api/v1/orders", new StubResponse(404, java.util.Map.of("Content-Type", "text/html"),
                "<html>Context Root Not Found</html>"));

        Cli.Result result = Cli.in(home).run("orders", "list", "--server", server.baseUri().toString());

        assertThat(result.exitCode()).isEqualTo(4);
        assertOneReadableLine(result);
        assertThat(result.err()).isEqualTo("ordo: GET /api/v1/orders answered HTTP 404 without problem details. Is "
                + server.baseUri() + " an Ordo server? Check --server or ORDO_SERVER.\n");
    }

    @Test
    void a_conflict_exits_5() {
        Cli.Result result = showOrderAnswered(problem(409, "conflict", "The order is already SHIPPED"));

        assertThat(result.exitCode()).isEqualTo(5);
        assertOneReadableLine(result);
    }

    @Test
    void invalid_input_exits_6_and_names_each_wrong_field() {
        Cli.Result result = showOrderAnswered(StubResponse.problem(400, Fixtures.read("problem-validation.json")));

        assertThat(result.exitCode()).isEqualTo(6);
        assertOneReadableLine(result);
        assertThat(result.err()).isEqualTo("ordo: 2 fields are invalid. lines[0].quantity: must be at least 1; "
                + "customer.email: must be an email address.\n");
    }

    @Test
    void an_unavailable_server_exits_7_and_says_when_to_retry() {
        Cli.Result result = showOrderAnswered(problem(503, "unavailable", "The database is not reachable")
                .withHeader("Retry-After", "30"));

        assertThat(result.exitCode()).isEqualTo(7);
        assertOneReadableLine(result);
        assertThat(result.err()).contains("The database is not reachable.", "retry in 30s");
    }

    @Test
    void a_server_error_exits_1() {
        Cli.Result result = showOrderAnswered(problem(500, "internal", "Something broke"));

        assertThat(result.exitCode()).isEqualTo(1);
        assertOneReadableLine(result);
        assertThat(result.err()).contains("HTTP 500", "Something broke");
    }

    @Test
    void an_unknown_host_is_named_as_such_not_as_a_refused_connection() {
        Cli.Result result = Cli.in(home).run("orders", "list", "--server", "https://no-such-host.invalid:9443");

        assertThat(result.exitCode()).isEqualTo(7);
        assertThat(result.err()).contains("unknown host no-such-host.invalid", "Check the host name")
                .doesNotContain("connection refused", "Is the server running");
    }

    @Test
    void the_trust_store_is_named_as_the_console_names_it_and_the_former_name_still_works_with_a_warning()
            throws Exception {
        java.nio.file.Path notAStore = java.nio.file.Files.writeString(home.resolve("not-a-store.p12"), "garbage");

        Cli.Result current = Cli.in(home).withVariable("ORDO_TRUSTSTORE", notAStore.toString())
                .run("health", "--server", "https://localhost:1");
        Cli.Result former = Cli.in(home).withVariable("ORDO_TRUST_STORE", notAStore.toString())
                .run("health", "--server", "https://localhost:1");

        assertThat(current.exitCode()).isEqualTo(2);
        assertThat(current.err()).startsWith("ordo: Cannot read trust store " + notAStore).doesNotContain("deprecated");
        assertThat(former.err()).startsWith("ordo: $ORDO_TRUST_STORE is deprecated: name it $ORDO_TRUSTSTORE instead.\n")
                .contains("Cannot read trust store " + notAStore);
    }

    @Test
    void a_server_on_this_machine_is_trusted_through_the_dev_stacks_trust_store() throws Exception {
        java.nio.file.Path devStack = java.nio.file.Files.createDirectories(home.resolve(".ordo").resolve("dev"));
        java.nio.file.Files.writeString(devStack.resolve("truststore.p12"), "not a store either");

        Cli.Result local = Cli.in(home).run("health", "--server", "https://localhost:1");
        Cli.Result remote = Cli.in(home).run("health", "--server", "https://no-such-host.invalid:1");

        assertThat(local.err()).contains("Cannot read trust store " + devStack.resolve("truststore.p12"));
        assertThat(remote.err()).doesNotContain("trust store");
    }

    @Test
    void a_detail_that_already_names_the_wrong_field_is_not_followed_by_it_again() {
        Cli.Result result = showOrderAnswered(StubResponse.problem(400, "{\"type\":\"https://ordo.dev/problems/validation\","
                + "\"title\":\"Invalid\",\"status\":400,\"detail\":\"1 field is invalid: carrier is required\","
                + "\"errors\":[{\"field\":\"carrier\",\"message\":\"is required\"}]}"));

        assertThat(result.exitCode()).isEqualTo(6);
        assertThat(result.err()).isEqualTo("ordo: 1 field is invalid: carrier is required.\n");
    }
}
