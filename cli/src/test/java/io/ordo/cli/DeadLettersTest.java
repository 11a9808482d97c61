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

/** The dead-letter commands against a stub server. */
class DeadLettersTest {

    private static final String DEAD_LETTERS = "/api/v1/admin/dead-letters";

    private final StubServer server = StubServer.start();

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
    void list_shows_one_line_per_dead_letter_within_80_columns() {
        server.respond("GET", DEAD_LETTERS, StubResponse.fixture("dead-letters-page.json"));

        Cli.Result result = cli().run("dead-letters", "list", "--status", "parked", "--consumer", "inventory");

        assertThat(result.exitCode()).isZero();
        assertThat(server.requests(DEAD_LETTERS).get(0).query()).containsEntry("status", "PARKED")
                .containsEntry("consumer", "inventory");
        assertThat(result.out().lines()).containsExactly(
                "ID  STATUS    CONSUMER   EVENT           LAST FAILED           LAST ERROR",
                "12  PARKED    inventory  OrderValidated  2025-03-01 14:05:31Z  PSQLException:...",
                " 9  REPLAYED  payments   StockReserved   2025-02-28 09:00:20Z  gateway timed out",
                "More: ordo dead-letters list --status PARKED --consumer inventory --cursor dl-cursor-2");
        assertThat(result.out().lines().filter(line -> !line.startsWith("More: ")))
                .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
    }

    @Test
    void an_empty_list_says_so_and_exits_0() {
        server.respond("GET", DEAD_LETTERS, StubResponse.json(200, "{\"items\":[],\"nextCursor\":null}"));

        Cli.Result result = cli().run("dead-letters", "list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("No dead letters.\n");
    }

    @Test
    void show_prints_the_last_error_and_the_message_indented() {
        server.respond("GET", DEAD_LETTERS + "/12", StubResponse.fixture("dead-letter.json"));

        Cli.Result result = cli().run("dead-letters", "show", "12");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Dead letter  12\n", "Status       PARKED\n", "Consumer     inventory\n",
                "Last error   PSQLException: ERROR: deadlock detected while reserving stock for\n"
                        + "             KB-001\n",
                "Message\n{\n  \"id\" : \"0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9\",\n");
    }

    @Test
    void replay_says_what_became_of_it() throws Exception {
        server.respond("POST", DEAD_LETTERS + "/12/replay", StubResponse.fixture("dead-letter-replayed.json"));

        Cli.Result table = cli().run("dead-letters", "replay", "12");
        JsonNode json = new ObjectMapper().readTree(cli().run("dead-letters", "replay", "12", "-o", "json").out());

        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).isEqualTo("Replayed dead letter 12 (OrderValidated to inventory): now REPLAYED.\n");
        assertThat(json.get("status").asText()).isEqualTo("REPLAYED");
    }

    @Test
    void a_replay_that_fails_again_exits_5_with_the_new_error() {
        server.respond("POST", DEAD_LETTERS + "/12/replay", StubResponse.problem(409, "{\"type\":\"https://ordo.dev/"
                + "problems/conflict\",\"status\":409,\"detail\":\"Replaying dead letter 12 failed again, so it stays "
                + "PARKED: deadlock detected\"}"));

        Cli.Result result = cli().run("dead-letters", "replay", "12");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).startsWith("ordo: Replaying dead letter 12 failed again, so it stays PARKED: deadlock");
    }

    @Test
    void discard_asks_first_and_discards_on_yes() {
        server.respond("GET", DEAD_LETTERS + "/12", StubResponse.fixture("dead-letter.json"));
        server.respond("POST", DEAD_LETTERS + "/12/discard", StubResponse.json(200,
                io.ordo.client.testing.Fixtures.read("dead-letter.json").replace("PARKED", "DISCARDED")));

        Cli.Result result = cli().withTerminalAnswering("yes").run("dead-letters", "discard", "12");

        assertThat(result.exitCode()).isZero();
        assertThat(result.asked()).containsExactly(
                "Discard dead letter 12 (OrderValidated to inventory, PARKED)? It will never be applied. [y/N] ");
        assertThat(result.out()).isEqualTo("Discarded dead letter 12 (OrderValidated to inventory): now DISCARDED.\n");
    }

    @Test
    void discard_without_a_terminal_needs_yes() {
        server.respond("GET", DEAD_LETTERS + "/12", StubResponse.fixture("dead-letter.json"));

        Cli.Result result = cli().run("dead-letters", "discard", "12");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("add --yes");
        assertThat(server.requests(DEAD_LETTERS + "/12/discard")).isEmpty();
    }

    @Test
    void a_dead_letter_id_is_a_number() {
        Cli.Result result = cli().run("dead-letters", "show", "twelve");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("twelve");
    }
}
