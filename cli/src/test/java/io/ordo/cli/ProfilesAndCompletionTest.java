package io.ordo.cli;

import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Named servers in config.properties, and the shell completion script. */
class ProfilesAndCompletionTest {

    private final StubServer server = StubServer.start().respond("GET", "/health", StubResponse.fixture("health-up.json"));

    @TempDir
    Path home;

    @AfterEach
    void stop() {
        server.close();
    }

    private void writeConfig(String text) throws IOException {
        Files.createDirectories(home.resolve("ordo"));
        Files.writeString(home.resolve("ordo").resolve("config.properties"), text);
    }

    @Test
    void a_profile_names_the_server() throws IOException {
        writeConfig("# servers\nlocal.server = " + server.baseUri() + "\nprod.server=https://ordo.example.com\n");

        Cli.Result result = Cli.in(home).run("health", "--profile", "local");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Server  " + server.baseUri());
    }

    @Test
    void the_profile_may_come_from_the_environment_and_the_command_line_wins_over_it() throws IOException {
        writeConfig("local.server=" + server.baseUri() + "\nnowhere.server=" + StubServer.unreachableUri() + "\n");

        Cli.Result fromEnvironment = Cli.in(home).withVariable("ORDO_PROFILE", "local").run("health");
        Cli.Result overridden = Cli.in(home).withVariable("ORDO_PROFILE", "local").run("health", "-p", "nowhere");

        assertThat(fromEnvironment.exitCode()).isZero();
        assertThat(overridden.exitCode()).isEqualTo(7);
    }

    @Test
    void server_beats_profile() throws IOException {
        writeConfig("nowhere.server=" + StubServer.unreachableUri() + "\n");

        Cli.Result result = Cli.in(home).run("health", "--profile", "nowhere", "--server", server.baseUri().toString());

        assertThat(result.exitCode()).isZero();
    }

    @Test
    void an_unknown_profile_is_a_usage_error_that_names_the_known_ones() throws IOException {
        writeConfig("prod.server=https://ordo.example.com\nstaging.server=https://staging.example.com\n");

        Cli.Result result = Cli.in(home).run("health", "--profile", "prdo");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("ordo: No profile 'prdo' in " + home.resolve("ordo").resolve("config.properties")
                + "; it defines prod, staging.\n");
    }

    @Test
    void a_profile_without_a_config_file_says_what_to_write() {
        Cli.Result result = Cli.in(home).run("health", "--profile", "prod");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("add a line prod.server=URL");
    }

    @Test
    void a_profiles_server_must_be_an_http_url() throws IOException {
        writeConfig("prod.server=ordo.example.com\n");

        Cli.Result result = Cli.in(home).run("health", "--profile", "prod");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("profile prod", "http://");
    }

    @Test
    void generate_completion_prints_a_bash_script_that_knows_the_commands_and_statuses() {
        Cli.Result result = Cli.in(home).run("generate-completion");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("complete -F", "dead-letters", "orders", "ship", "--carrier",
                "(\"CREATED\" \"VALIDATED\" \"RESERVED\" \"PAID\" \"SHIPPED\" \"FAILED\" \"EXPIRED\" \"CANCELLED\")",
                "(\"PARKED\" \"REPLAYED\" \"DISCARDED\")");
    }

    @Test
    void the_completion_command_is_listed_in_the_help() {
        assertThat(Cli.in(home).run("--help").out()).contains("generate-completion");
    }
}
