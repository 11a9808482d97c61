package io.ordo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class SessionTest {

    private final StubServer server = StubServer.start().acceptPassword("admin", "correct horse", "jwt-admin");

    @TempDir
    Path home;

    @AfterEach
    void stop() {
        server.close();
    }

    private Cli cli() {
        return Cli.in(home);
    }

    private Cli.Result login(Cli cli) {
        return cli.withStdin("correct horse\n")
                .run("login", "--server", server.baseUri().toString(), "-u", "admin", "--password-stdin");
    }

    @Test
    void login_saves_a_session_only_its_owner_can_read() throws Exception {
        Cli cli = cli();

        Cli.Result result = login(cli);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Signed in to " + server.baseUri() + " as admin until ");
        assertThat(result.out()).doesNotContain("jwt-admin");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cli.sessionFile()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cli.sessionFile().getParent())))
                .isEqualTo("rwx------");
        JsonNode session = new ObjectMapper().readTree(cli.sessionFile().toFile());
        assertThat(session.get("server").asText()).isEqualTo(server.baseUri().toString());
        assertThat(session.get("username").asText()).isEqualTo("admin");
        assertThat(session.get("accessToken").asText()).isEqualTo("jwt-admin");
        assertThat(server.requests("/api/v1/oauth/token").get(0).form()).containsEntry("password", "correct horse");
    }

    @Test
    void later_commands_use_the_sessions_server_and_token() {
        Cli cli = cli();
        login(cli);
        server.respond("GET", "/api/v1/orders", StubResponse.fixture("orders-page.json"));

        Cli.Result result = cli.run("orders", "list");

        assertThat(result.exitCode()).isZero();
        assertThat(server.requests("/api/v1/orders").get(0).header("Authorization")).contains("Bearer jwt-admin");
    }

    @Test
    void a_session_is_never_sent_to_another_server() {
        Cli cli = cli();
        login(cli);
        try (StubServer other = StubServer.start()) {
            other.respond("GET", "/api/v1/orders", StubResponse.fixture("orders-page.json"));

            cli.run("orders", "list", "--server", other.baseUri().toString());

            assertThat(other.requests("/api/v1/orders").get(0).header("Authorization")).isEmpty();
        }
    }

    @Test
    void the_password_can_come_from_the_environment() {
        Cli cli = cli().withVariable("ORDO_PASSWORD", "correct horse");

        Cli.Result result = cli.run("login", "--server", server.baseUri().toString(), "--username", "admin");

        assertThat(result.exitCode()).isZero();
        assertThat(cli.sessionFile()).exists();
    }

    @Test
    void the_password_is_asked_for_on_the_terminal_otherwise() {
        Cli cli = cli().withTerminalAnswering("correct horse");

        Cli.Result result = cli.run("login", "--server", server.baseUri().toString(), "--username", "admin");

        assertThat(result.exitCode()).isZero();
    }

    @Test
    void without_a_terminal_or_another_source_login_says_how_to_pass_the_password() {
        Cli.Result result = cli().run("login", "--server", server.baseUri().toString(), "--username", "admin");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--password-stdin", "ORDO_PASSWORD");
        assertThat(server.requests("/api/v1/oauth/token")).isEmpty();
    }

    @Test
    void a_wrong_password_exits_3_and_saves_nothing() {
        Cli cli = cli().withStdin("wrong\n");

        Cli.Result result = cli.run("login", "--server", server.baseUri().toString(), "-u", "admin", "--password-stdin");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).isEqualTo("ordo: Sign-in to " + server.baseUri()
                + " refused: Invalid username or password. Check the username and password.\n");
        assertThat(cli.sessionFile()).doesNotExist();
    }

    @Test
    void login_as_json_tells_scripts_who_and_until_when_but_not_the_token() throws Exception {
        Cli.Result result = cli().withStdin("correct horse\n").run("login", "--server", server.baseUri().toString(),
                "-u", "admin", "--password-stdin", "--output", "json");

        JsonNode signedIn = new ObjectMapper().readTree(result.out());
        assertThat(signedIn.get("username").asText()).isEqualTo("admin");
        assertThat(signedIn.has("expiresAt")).isTrue();
        assertThat(result.out()).doesNotContain("jwt-admin");
    }

    @Test
    void logout_forgets_the_session_and_is_harmless_when_repeated() {
        Cli cli = cli();
        login(cli);

        Cli.Result first = cli.run("logout");
        Cli.Result second = cli.run("logout");

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).isEqualTo("Signed out of " + server.baseUri() + ".\n");
        assertThat(cli.sessionFile()).doesNotExist();
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).isEqualTo("Not signed in: nothing to do.\n");
    }
    /** A token endpoint issuing rotating refresh tokens, as the server does for staff and admins. */
    private void issueRefreshTokens(long accessSeconds) {
        java.util.concurrent.atomic.AtomicInteger issued = new java.util.concurrent.atomic.AtomicInteger();
        server.answerPublicKeys().respond("POST", "/api/v1/oauth/token", request -> {
            boolean password = "password".equals(request.form().get("grant_type"));
            boolean current = ("refresh-" + issued.get()).equals(request.form().get("refresh_token"));
            if (!password && !current) {
                return StubResponse.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"sign in again\"}");
            }
            int n = issued.incrementAndGet();
            return StubResponse.json(200, "{\"access_token\":\"jwt-" + n + "\",\"expires_in\":" + accessSeconds
                    + ",\"refresh_token\":\"refresh-" + n + "\"}");
        });
        server.respond("GET", "/api/v1/orders", StubResponse.fixture("orders-page.json"));
    }

    @Test
    void a_session_near_expiry_renews_itself_and_keeps_the_new_refresh_token_privately() throws Exception {
        issueRefreshTokens(5);
        Cli cli = cli();
        login(cli);

        Cli.Result result = cli.run("orders", "list");

        assertThat(result.exitCode()).isZero();
        assertThat(server.requests("/api/v1/oauth/token").get(1).form())
                .containsEntry("grant_type", "refresh_token").containsEntry("refresh_token", "refresh-1");
        assertThat(server.requests("/api/v1/orders").get(0).header("Authorization")).contains("Bearer jwt-2");
        JsonNode session = new ObjectMapper().readTree(cli.sessionFile().toFile());
        assertThat(session.get("accessToken").asText()).isEqualTo("jwt-2");
        assertThat(session.get("refreshToken").asText()).isEqualTo("refresh-2");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cli.sessionFile()))).isEqualTo("rw-------");
    }

    @Test
    void a_token_the_server_refuses_before_its_expiry_is_renewed_and_the_request_sent_once_more() {
        issueRefreshTokens(900);
        server.respond("GET", "/api/v1/orders", request -> request.header("Authorization").orElse("").equals("Bearer jwt-1")
                ? StubResponse.problem(401, "{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"token revoked\"}")
                : StubResponse.fixture("orders-page.json"));
        Cli cli = cli();
        login(cli);

        Cli.Result result = cli.run("orders", "list");

        assertThat(result.exitCode()).isZero();
        assertThat(server.requests("/api/v1/orders")).extracting(request -> request.header("Authorization").orElseThrow())
                .containsExactly("Bearer jwt-1", "Bearer jwt-2");
    }

    @Test
    void logout_revokes_the_session_on_the_server_and_then_commands_say_not_signed_in() {
        issueRefreshTokens(900);
        server.respond("POST", "/api/v1/oauth/revoke", StubResponse.json(200, ""));
        Cli cli = cli();
        login(cli);

        Cli.Result loggedOut = cli.run("logout");
        int requestsBefore = server.requests().size();
        Cli.Result after = cli.run("orders", "list");

        assertThat(loggedOut.exitCode()).isZero();
        assertThat(server.requests("/api/v1/oauth/revoke").get(0).form()).containsEntry("token", "refresh-1");
        assertThat(cli.sessionFile()).doesNotExist();
        assertThat(after.exitCode()).isEqualTo(3);
        assertThat(after.err()).isEqualTo("ordo: Not signed in. Sign in with: ordo login --server URL --username NAME\n");
        assertThat(server.requests()).hasSize(requestsBefore);
    }

    @Test
    void logout_forgets_the_session_even_when_the_server_cannot_be_told_and_warns() {
        issueRefreshTokens(900);
        server.respond("POST", "/api/v1/oauth/revoke", StubResponse.json(503, "{}"));
        Cli cli = cli();
        login(cli);

        Cli.Result result = cli.run("logout");

        assertThat(result.exitCode()).isZero();
        assertThat(cli.sessionFile()).doesNotExist();
        assertThat(result.err()).startsWith("ordo: warning: " + server.baseUri() + " was not told to end the session")
                .contains("ends there by itself");
    }

    @Test
    void login_checks_the_server_before_asking_for_the_password() {
        Cli.Result result = cli().withTerminalAnswering("correct horse")
                .run("login", "--server", StubServer.unreachableUri().toString(), "-u", "admin");

        assertThat(result.exitCode()).isEqualTo(7);
        assertThat(result.asked()).isEmpty();
    }

    @Test
    void login_without_any_server_asks_which_one_and_never_guesses() {
        Cli.Result result = cli().withStdin("correct horse\n").run("login", "-u", "admin", "--password-stdin");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Which server?", "--server URL");
        assertThat(result.err()).doesNotContain("localhost");
    }
}
