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

/** The admin commands (users, roles, clients, keys, audit) against a stub server. */
class AdminCommandsTest {

    private static final String USERS = "/api/v1/admin/users";
    private static final String CLIENTS = "/api/v1/admin/clients";
    private static final String AUDIT = "/api/v1/admin/audit";

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

    private static void assertFits80Columns(Cli.Result result) {
        assertThat(result.out().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
    }

    @Test
    void users_list_shows_roles_and_whether_each_may_sign_in() {
        server.respond("GET", USERS, StubResponse.fixture("users.json"));

        Cli.Result result = cli().run("users", "list");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines()).containsExactly(
                "USERNAME   ROLES        STATUS    CREATED",
                "admin      admin        enabled   2025-02-01 08:00:00Z",
                "bob.staff  staff        enabled   2025-03-01 09:30:00Z",
                "carol      admin,staff  disabled  2025-03-02 10:00:00Z");
    }

    @Test
    void users_create_sends_the_roles_and_prints_the_password_once_on_stdout() {
        server.respond("POST", USERS, StubResponse.json(201, Fixtures.read("user-secret.json")));

        Cli.Result result = cli().run("users", "create", "bob.staff", "--role", "staff");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(server.requests(USERS).get(0).body()).isEqualTo("{\"username\":\"bob.staff\",\"roles\":[\"staff\"]}");
        assertThat(result.out()).isEqualTo("""
                Created user bob.staff (staff).

                  Password: pT7-xq2Lm9vRk4Wz8sYb

                Shown once: Ordo keeps only a hash of it. Hand it on now, over a safe channel.
                They sign in with: ordo login --server %s --username bob.staff
                """.formatted(server.baseUri()));
        assertThat(result.err()).isEmpty();
    }

    @Test
    void users_create_as_json_carries_the_password_for_scripts() throws Exception {
        server.respond("POST", USERS, StubResponse.json(201, Fixtures.read("user-secret.json")));

        Cli.Result result = cli().run("users", "create", "bob.staff", "-r", "staff,admin", "-o", "json");

        JsonNode secret = json.readTree(result.out());
        assertThat(secret.get("account").asText()).isEqualTo("bob.staff");
        assertThat(secret.get("secret").asText()).isEqualTo("pT7-xq2Lm9vRk4Wz8sYb");
        assertThat(json.readTree(server.requests(USERS).get(0).body()).get("roles").toString())
                .isEqualTo("[\"staff\",\"admin\"]");
    }

    @Test
    void users_create_without_a_role_is_a_usage_error_and_sends_nothing() {
        Cli.Result result = cli().run("users", "create", "bob");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--role");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void a_name_the_server_refuses_exits_6_naming_the_field() {
        server.respond("POST", USERS, StubResponse.problem(400, """
                {"type":"https://ordo.dev/problems/validation","title":"Invalid request","status":400,
                 "detail":"1 field is invalid",
                 "errors":[{"field":"username","message":"must be 3 to 64 lower-case letters, digits, '.', '_' or '-'"}]}
                """));

        Cli.Result result = cli().run("users", "create", "Bob Smith", "--role", "staff");

        assertThat(result.exitCode()).isEqualTo(6);
        assertThat(result.err()).startsWith("ordo: 1 field is invalid. username: must be 3 to 64 lower-case");
    }

    @Test
    void a_taken_username_exits_5() {
        server.respond("POST", USERS, StubResponse.problem(409, """
                {"type":"https://ordo.dev/problems/conflict","title":"Conflict","status":409,
                 "detail":"There is already a user named bob."}
                """));

        Cli.Result result = cli().run("users", "create", "bob", "--role", "staff");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).isEqualTo("ordo: There is already a user named bob. Pick another username; "
                + "'ordo users list' shows the taken ones.\n");
    }

    @Test
    void disabling_a_user_asks_first_and_without_a_terminal_needs_yes() {
        server.respond("POST", USERS + "/bob.staff/disable", StubResponse.fixture("user-disabled.json"));

        Cli.Result refused = cli().run("users", "disable", "bob.staff");
        Cli.Result declined = cli().withTerminalAnswering("n").run("users", "disable", "bob.staff");
        Cli.Result confirmed = cli().withTerminalAnswering("y").run("users", "disable", "bob.staff");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("add --yes");
        assertThat(declined.exitCode()).isEqualTo(2);
        assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
        assertThat(confirmed.asked()).singleElement().asString().startsWith("Disable user bob.staff?");
        assertThat(confirmed.out()).isEqualTo("Disabled user bob.staff: they can no longer sign in.\n");
        assertThat(server.requests(USERS + "/bob.staff/disable")).hasSize(1);
    }

    @Test
    void an_unknown_user_exits_4() {
        server.respond("POST", USERS + "/nobody/enable", StubResponse.problem(404, """
                {"type":"https://ordo.dev/problems/not-found","title":"Not Found","status":404,
                 "detail":"There is no user nobody."}
                """));

        Cli.Result result = cli().run("users", "enable", "nobody");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).isEqualTo("ordo: There is no user nobody.\n");
    }

    @Test
    void resetting_a_password_prints_the_new_one() {
        server.respond("POST", USERS + "/bob.staff/reset-password", StubResponse.fixture("user-secret.json"));

        Cli.Result result = cli().run("users", "reset-password", "bob.staff", "--yes");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("New password for bob.staff.\n\n  Password: pT7-xq2Lm9vRk4Wz8sYb\n");
    }

    @Test
    void without_the_admin_role_it_exits_3_and_says_so() {
        server.respond("GET", USERS, StubResponse.problem(403, """
                {"type":"https://ordo.dev/problems/forbidden","title":"Forbidden","status":403,
                 "detail":"This needs the admin role."}
                """));

        Cli.Result result = cli().run("users", "list");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).isEqualTo("ordo: This needs the admin role. Ask an admin for the role if you need it.\n");
    }

    @Test
    void roles_shows_what_each_role_may_do_from_the_servers_openapi_document() {
        server.respond("GET", "/openapi", StubResponse.fixture("openapi.json"));

        Cli.Result result = cli().run("roles", "staff");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines()).containsExactly(
                "staff: 2 operations",
                "METHOD  PATH            WHAT",
                "GET     /orders         Orders, newest first",
                "GET     /reports/sales  Sales per day and currency: orders, units, revenue,",
                "                        refunds",
                "",
                "Paths are below /api/v1; the served description is at /openapi.");
    }

    @Test
    void roles_lists_every_role_and_an_unknown_one_exits_4_naming_the_known() {
        server.respond("GET", "/openapi", StubResponse.fixture("openapi.json"));

        Cli.Result all = cli().run("roles");
        Cli.Result unknown = cli().run("roles", "owner");

        assertThat(all.exitCode()).isZero();
        assertThat(all.out()).contains("storefront (a storefront (web shop server)): 2 operations",
                "admin (administrators): 4 operations", "POST    /admin/users");
        assertFits80Columns(all);
        assertThat(unknown.exitCode()).isEqualTo(4);
        assertThat(unknown.err()).isEqualTo("ordo: The server knows no role 'owner'; it knows storefront, staff, admin.\n");
    }

    @Test
    void clients_list_create_and_rotate_secret() {
        server.respond("GET", CLIENTS, StubResponse.fixture("clients.json"));
        server.respond("POST", CLIENTS, StubResponse.json(201, Fixtures.read("client-secret.json")));
        server.respond("POST", CLIENTS + "/web-shop/rotate-secret", StubResponse.fixture("client-secret.json"));

        Cli.Result list = cli().run("clients", "list");
        Cli.Result created = cli().run("clients", "create", "web-shop", "--name", "Ordo demo web shop");
        Cli.Result notConfirmed = cli().run("clients", "rotate-secret", "web-shop");
        Cli.Result rotated = cli().run("clients", "rotate-secret", "web-shop", "--yes");

        assertThat(list.out().lines()).containsExactly(
                "CLIENT ID  NAME                                   STATUS    CREATED",
                "web-shop   Ordo demo web shop                     enabled   2025-02-01 08:00:00Z",
                "old-shop   The shop we closed in the spring a...  disabled  2025-01-15 12:00:00Z");
        assertThat(created.out()).startsWith("Created storefront client web-shop (Ordo demo web shop).\n\n"
                + "  Secret: c9F2kQm7XzP4rT8vW1yB6nH3\n");
        assertThat(notConfirmed.exitCode()).isEqualTo(2);
        assertThat(server.requests(CLIENTS + "/web-shop/rotate-secret")).hasSize(1);
        assertThat(rotated.out()).contains("  Secret: c9F2kQm7XzP4rT8vW1yB6nH3\n",
                "the old secret is refused from now on");
    }

    @Test
    void keys_rotate_names_the_new_key() {
        server.respond("POST", "/api/v1/admin/keys/rotate", StubResponse.fixture("signing-key.json"));

        Cli.Result result = cli().run("keys", "rotate", "--yes");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("New tokens are signed with key hP3yq0ZsT6cG2vN8xK1mW4bR7eJ5uA9dF0iL3oS6tY"
                + " (created 2025-03-01 15:00:00Z).\nTokens signed with the previous key stay valid until they expire.\n");
    }

    @Test
    void erasing_a_customer_asks_first_sends_the_email_and_says_what_was_erased() throws Exception {
        String erasures = "/api/v1/admin/customers/erasures";
        server.respond("POST", erasures,
                StubResponse.json(200, "{\"subject\":\"3f9a0c1d2e4b5a67\",\"dataKeysDestroyed\":1,\"ordersAffected\":3}"));

        Cli.Result refused = cli().run("customers", "erase", "ada@example.org");
        Cli.Result erased = cli().withTerminalAnswering("yes").run("customers", "erase", "ada@example.org");
        Cli.Result asJson = cli().run("customers", "erase", "ada@example.org", "--yes", "--output", "json");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("add --yes");
        assertThat(erased.exitCode()).as(erased.err()).isZero();
        assertThat(erased.asked()).singleElement().asString().contains("cannot be undone");
        assertThat(erased.out()).isEqualTo("Erased: 3 orders now show the customer as erased (audit: customer 3f9a0c1d2e4b5a67).\n");
        assertThat(json.readTree(asJson.out()).get("ordersAffected").asInt()).isEqualTo(3);
        assertThat(server.requests(erasures)).hasSize(2);
        assertThat(server.requests(erasures).get(0).body()).isEqualTo("{\"email\":\"ada@example.org\"}");
    }

    @Test
    void audit_list_filters_by_actor_and_prints_the_next_page_command() {
        server.respond("GET", AUDIT, StubResponse.fixture("audit-page-1.json"));

        Cli.Result result = cli().run("audit", "list", "--actor", "admin", "--limit", "2");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(server.requests(AUDIT).get(0).query()).containsEntry("actor", "admin").containsEntry("limit", "2");
        assertThat(result.out().lines()).containsExactly(
                "AT                    ACTOR  ACTION       TARGET     OUTCOME",
                "2025-03-01 15:02:10Z  admin  disableUser  bob.staff      200",
                "2025-03-01 15:00:00Z  admin  createUser   bob.staff      201",
                "More: ordo audit list --actor admin --limit 2 --cursor 40");
    }

    @Test
    void audit_list_all_reads_every_page_as_json() throws Exception {
        server.respond("GET", AUDIT, request -> StubResponse.fixture(
                request.query().containsKey("cursor") ? "audit-page-2.json" : "audit-page-1.json"));

        Cli.Result result = cli().run("audit", "list", "--all", "-o", "json");

        JsonNode page = json.readTree(result.out());
        assertThat(page.get("items").findValuesAsText("action")).containsExactly("disableUser", "createUser", "shipOrder");
        assertThat(page.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void csv_is_refused_before_anything_is_sent_by_commands_that_print_no_list() {
        Cli.Result result = cli().run("users", "create", "bob", "--role", "staff", "--output", "csv");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("ordo: --output csv is offered by the lists and the reports only: "
                + "use table or json. See 'ordo users create --help'.\n");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void audit_actions_read_as_what_was_done_to_what_and_whole_targets_not_as_class_names() {
        server.respond("GET", AUDIT, StubResponse.json(200, "{\"items\":[{\"id\":7,\"at\":\"2025-03-01T15:02:10Z\","
                + "\"actor\":\"admin\",\"roles\":\"admin\",\"action\":\"AdminUserResource.resetPassword\","
                + "\"target\":\"bob.staff\",\"outcome\":200},{\"id\":6,\"at\":\"2025-03-01T15:01:10Z\","
                + "\"actor\":\"staff\",\"roles\":\"staff\",\"action\":\"OrderResource.cancel\","
                + "\"target\":\"3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10\",\"outcome\":200}],\"nextCursor\":null}"));

        Cli.Result table = cli().run("audit", "list");
        Cli.Result asJson = cli().run("audit", "list", "-o", "json");

        assertThat(table.out()).contains("user: reset password", "order: cancel", "3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10")
                .doesNotContain("Resource");
        assertThat(asJson.out()).contains("AdminUserResource.resetPassword");
    }
}
