package io.ordo.console.accounts;

import io.ordo.client.OrdoClient;
import io.ordo.client.ServerConfig;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import io.ordo.console.ManualExecutor;
import io.ordo.console.common.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The users and storefront clients screens' behaviour, without the JavaFX toolkit, against a local stub server. */
class AccountsViewModelTest {

    private final StubServer server = StubServer.start()
            .respond("GET", "/api/v1/admin/users", StubResponse.fixture("users.json"))
            .respond("GET", "/api/v1/admin/clients", StubResponse.fixture("clients.json"));
    private final ManualExecutor io = new ManualExecutor();
    private final OrdoClient client = OrdoClient.connect(ServerConfig.of(server.baseUri()));

    private AccountsViewModel screen(AccountKind kind) {
        AccountsViewModel viewModel = new AccountsViewModel(kind, client, new Background(io, Runnable::run));
        viewModel.refresh();
        io.runAll();
        return viewModel;
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void users_are_listed_with_their_roles_and_whether_they_may_sign_in() {
        AccountsViewModel users = screen(AccountKind.USERS);

        assertThat(users.accounts()).extracting(AccountRow::id, AccountRow::detail, AccountRow::enabled).containsExactly(
                org.assertj.core.groups.Tuple.tuple("admin", "admin", true),
                org.assertj.core.groups.Tuple.tuple("bob.staff", "staff", true),
                org.assertj.core.groups.Tuple.tuple("carol", "admin, staff", false));
    }

    @Test
    void a_new_user_gets_a_generated_password_shown_once() {
        server.respond("POST", "/api/v1/admin/users", StubResponse.json(201, StubResponse.fixture("user-secret.json").body()));
        AccountsViewModel users = screen(AccountKind.USERS);
        users.newIdProperty().set("bob.staff");

        users.create();
        io.runAll();

        assertThat(server.requests("/api/v1/admin/users").stream().filter(request -> request.method().equals("POST"))
                .findFirst().orElseThrow().body()).contains("bob.staff", "staff");
        assertThat(users.secretProperty().get()).as("the password alone, to copy").isEqualTo("pT7-xq2Lm9vRk4Wz8sYb");
        assertThat(users.secretNoteProperty().get()).contains("bob.staff", "shown once");
        users.selectedProperty().set(users.accounts().get(0));
        users.begin(AccountsViewModel.Change.DISABLE);
        assertThat(users.secretProperty().get()).as("still shown until something else is done").isNotEmpty();
    }

    @Test
    void roles_are_chosen_from_the_known_ones_staff_at_first() {
        AccountsViewModel users = screen(AccountKind.USERS);

        assertThat(users.knownRoles()).containsExactly("staff", "admin");
        assertThat(users.newRoleProperty("staff").get()).isTrue();
        assertThat(users.newRoleProperty("admin").get()).isFalse();
        assertThat(screen(AccountKind.CLIENTS).knownRoles()).isEmpty();
    }

    @Test
    void a_user_with_both_roles_chosen_is_created_with_both() {
        server.respond("POST", "/api/v1/admin/users", StubResponse.json(201, StubResponse.fixture("user-secret.json").body()));
        AccountsViewModel users = screen(AccountKind.USERS);
        users.newIdProperty().set("erin");
        users.newRoleProperty("admin").set(true);

        users.create();
        io.runAll();

        assertThat(server.requests("/api/v1/admin/users").stream().filter(request -> request.method().equals("POST"))
                .findFirst().orElseThrow().body()).contains("\"staff\"", "\"admin\"");
    }

    @Test
    void a_user_without_a_role_is_refused_before_anything_is_sent() {
        AccountsViewModel users = screen(AccountKind.USERS);
        users.newIdProperty().set("dave");
        users.newRoleProperty("staff").set(false);

        users.create();

        assertThat(io.pendingCount()).isZero();
        assertThat(users.messageProperty().get()).isEqualTo("Choose the new user's roles: staff, admin or both.");
    }

    @Test
    void disabling_a_client_is_confirmed_first() {
        server.respond("POST", "/api/v1/admin/clients/web-shop/disable", StubResponse.fixture("client-disabled.json"));
        AccountsViewModel clients = screen(AccountKind.CLIENTS);
        clients.selectedProperty().set(clients.accounts().get(0));

        clients.begin(AccountsViewModel.Change.DISABLE);
        assertThat(clients.confirmationProperty().get()).startsWith("Disable web-shop?");
        assertThat(server.requests("/api/v1/admin/clients/web-shop/disable")).isEmpty();
        clients.confirm();
        io.runAll();

        assertThat(server.requests("/api/v1/admin/clients/web-shop/disable")).hasSize(1);
        assertThat(clients.messageProperty().get()).isEqualTo("Disabled web-shop.");
    }

    @Test
    void a_taken_username_is_explained() {
        server.respond("POST", "/api/v1/admin/users", StubResponse.problem(409,
                "{\"title\":\"Conflict\",\"status\":409,\"detail\":\"the username bob.staff is taken\"}"));
        AccountsViewModel users = screen(AccountKind.USERS);
        users.newIdProperty().set("bob.staff");

        users.create();
        io.runAll();

        assertThat(users.messageProperty().get()).contains("Could not create the user", "bob.staff is taken");
        assertThat(users.messageIsErrorProperty().get()).isTrue();
    }
}
