package io.ordo.console.signin;

import io.ordo.client.OrdoClient;
import io.ordo.client.ServerConfig;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import io.ordo.console.ManualExecutor;
import io.ordo.console.common.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in screen's behaviour, without the JavaFX toolkit, against a local stub server. */
class SignInViewModelTest {

    private final StubServer server = StubServer.start().acceptPassword("alice", "s3cret", "jwt-alice");
    private final ManualExecutor io = new ManualExecutor();
    private final Executor ui = Runnable::run;

    @AfterEach
    void stop() {
        server.close();
    }

    private SignInViewModel signInTo(URI serverUri, String username, String password) {
        SignInViewModel viewModel = new SignInViewModel(serverUri.toString(),
                uri -> OrdoClient.connect(ServerConfig.of(uri)), io, ui);
        viewModel.usernameProperty().set(username);
        viewModel.passwordProperty().set(password);
        return viewModel;
    }

    @Test
    void signing_in_publishes_a_session_for_the_user_and_clears_the_password() {
        SignInViewModel viewModel = signInTo(server.baseUri(), "alice", "s3cret");

        viewModel.signIn();
        io.runAll();

        StaffSession session = viewModel.sessionProperty().get();
        assertThat(session).isNotNull();
        assertThat(session.username()).isEqualTo("alice");
        assertThat(session.server()).isEqualTo(server.baseUri());
        assertThat(session.client().accessToken()).hasValueSatisfying(token ->
                assertThat(token.value()).isEqualTo("jwt-alice"));
        assertThat(viewModel.passwordProperty().get()).isEmpty();
        assertThat(viewModel.errorMessageProperty().get()).isEmpty();
    }

    @Test
    void the_session_carries_the_roles_of_the_token() {
        String payload = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sub\":\"alice\",\"groups\":[\"staff\",\"admin\"]}".getBytes());
        server.acceptPassword("alice", "s3cret", "eyJhbGciOiJSUzI1NiJ9." + payload + ".signature");
        SignInViewModel viewModel = signInTo(server.baseUri(), "alice", "s3cret");

        viewModel.signIn();
        io.runAll();

        assertThat(viewModel.sessionProperty().get().roles()).containsExactlyInAnyOrder("staff", "admin");
        assertThat(viewModel.sessionProperty().get().isAdmin()).isTrue();
    }

    @Test
    void the_username_and_server_are_remembered_for_the_next_run_but_never_the_password() {
        Settings settings = Settings.inMemory();
        SignInViewModel viewModel = new SignInViewModel(server.baseUri().toString(),
                uri -> OrdoClient.connect(ServerConfig.of(uri)), io, ui, settings);
        viewModel.usernameProperty().set("alice");
        viewModel.passwordProperty().set("s3cret");

        viewModel.signIn();
        io.runAll();

        assertThat(settings.get("signin.username")).contains("alice");
        assertThat(settings.get("signin.server")).contains(server.baseUri().toString());
        assertThat(new SignInViewModel("http://x:1", uri -> null, io, ui, settings).usernameProperty().get())
                .isEqualTo("alice");
        assertThat(settings.get("signin.password")).isEmpty();
    }

    @Test
    void an_ended_session_says_why_and_keeps_the_username() {
        SignInViewModel viewModel = signInTo(server.baseUri(), "alice", "s3cret");
        viewModel.signIn();
        io.runAll();

        viewModel.sessionEnded();

        assertThat(viewModel.sessionProperty().get()).isNull();
        assertThat(viewModel.errorMessageProperty().get()).contains("session has ended", "Sign in again");
        assertThat(viewModel.usernameProperty().get()).isEqualTo("alice");
    }

    @Test
    void an_untrusted_certificate_is_named_as_such(@TempDir Path folder) throws Exception {
        try (SelfSignedServer https = SelfSignedServer.start(folder)) {
            SignInViewModel viewModel = signInTo(https.uri(), "alice", "s3cret");

            viewModel.signIn();
            io.runAll();

            assertThat(viewModel.errorMessageProperty().get()).contains("certificate", "does not trust");
        }
    }

    @Test
    void a_wrong_password_says_so_and_signs_no_one_in() {
        SignInViewModel viewModel = signInTo(server.baseUri(), "alice", "guess");

        viewModel.signIn();
        io.runAll();

        assertThat(viewModel.errorMessageProperty().get()).isEqualTo("Wrong username or password.");
        assertThat(viewModel.sessionProperty().get()).isNull();
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void a_wrong_password_is_cleared_and_the_password_field_is_the_one_to_correct() {
        SignInViewModel viewModel = signInTo(server.baseUri(), "alice", "guess");

        viewModel.signIn();
        assertThat(viewModel.fieldToCorrectProperty().get()).as("while asking").isNull();
        io.runAll();

        assertThat(viewModel.fieldToCorrectProperty().get()).isEqualTo(SignInViewModel.Field.PASSWORD);
        assertThat(viewModel.passwordProperty().get()).isEmpty();
        assertThat(viewModel.serverUrlProperty().get()).isEqualTo(server.baseUri().toString());
    }

    @Test
    void a_server_that_is_down_is_named_with_what_to_do() {
        URI nowhere = StubServer.unreachableUri();
        SignInViewModel viewModel = signInTo(nowhere, "alice", "s3cret");

        viewModel.signIn();
        io.runAll();

        assertThat(viewModel.errorMessageProperty().get()).isEqualTo("Cannot reach the server at " + nowhere
                + ". Check the address, or try again when it is running.");
        assertThat(viewModel.passwordProperty().get()).as("kept for the retry").isEqualTo("s3cret");
        assertThat(viewModel.fieldToCorrectProperty().get()).isEqualTo(SignInViewModel.Field.SERVER);
    }

    @Test
    void a_forbidden_account_is_told_to_ask_for_the_staff_role() {
        server.respond("POST", "/api/v1/oauth/token", StubResponse.problem(403,
                "{\"type\":\"https://ordo.dev/problems/forbidden\",\"title\":\"Forbidden\",\"status\":403}"));
        SignInViewModel viewModel = signInTo(server.baseUri(), "shop", "s3cret");

        viewModel.signIn();
        io.runAll();

        assertThat(viewModel.errorMessageProperty().get()).contains("staff role");
        assertThat(viewModel.fieldToCorrectProperty().get()).isEqualTo(SignInViewModel.Field.USERNAME);
    }

    @Test
    void busy_is_set_while_the_server_is_asked_and_cleared_when_it_answered() {
        SignInViewModel viewModel = signInTo(server.baseUri(), "alice", "s3cret");
        List<Boolean> busyChanges = new ArrayList<>();
        viewModel.busyProperty().addListener((property, before, now) -> busyChanges.add(now));

        viewModel.signIn();

        assertThat(viewModel.busyProperty().get()).isTrue();
        assertThat(viewModel.canSignInProperty().get()).as("no second attempt meanwhile").isFalse();
        assertThat(server.requests()).as("nothing sent on the UI thread").isEmpty();
        io.runAll();
        assertThat(busyChanges).containsExactly(true, false);
    }

    @Test
    void sign_in_needs_every_field_and_does_nothing_without_them() {
        SignInViewModel viewModel = signInTo(server.baseUri(), "alice", "");

        assertThat(viewModel.canSignInProperty().get()).isFalse();
        viewModel.signIn();

        assertThat(io.pendingCount()).isZero();
        viewModel.passwordProperty().set("s3cret");
        assertThat(viewModel.canSignInProperty().get()).isTrue();
    }

    @Test
    void a_server_address_that_is_not_a_url_is_explained_before_anything_is_sent() {
        SignInViewModel viewModel = signInTo(server.baseUri(), "alice", "s3cret");
        viewModel.serverUrlProperty().set("localhost:9080");

        viewModel.signIn();

        assertThat(io.pendingCount()).isZero();
        assertThat(viewModel.errorMessageProperty().get()).contains("http://host:port");
    }
}
