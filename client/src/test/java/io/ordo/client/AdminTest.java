package io.ordo.client;

import io.ordo.client.model.ApiOperation;
import io.ordo.client.model.AuditEntry;
import io.ordo.client.model.ClientAccount;
import io.ordo.client.model.GeneratedSecret;
import io.ordo.client.model.RoleAccess;
import io.ordo.client.model.SigningKey;
import io.ordo.client.model.UserAccount;
import io.ordo.client.testing.Fixtures;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What admins manage: users, storefront clients, the signing key, the audit log, and the roles. */
class AdminTest {

    private static final String USERS = "/api/v1/admin/users";
    private static final String CLIENTS = "/api/v1/admin/clients";
    private static final String AUDIT = "/api/v1/admin/audit";

    private final StubServer server = StubServer.start();
    private final OrdoClient client = OrdoClient.connect(ServerConfig.of(server.baseUri()));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void users_are_listed_with_roles_and_whether_enabled() {
        server.respond("GET", USERS, StubResponse.fixture("users.json"));

        List<UserAccount> users = client.admin().users();

        assertThat(users).extracting(UserAccount::username).containsExactly("admin", "bob.staff", "carol");
        assertThat(users.get(2).roles()).containsExactlyInAnyOrder("admin", "staff");
        assertThat(users.get(2).enabled()).isFalse();
        assertThat(users.get(1).createdAt()).isEqualTo(Instant.parse("2025-03-01T09:30:00Z"));
    }

    @Test
    void a_new_user_is_posted_as_json_and_its_first_password_comes_back_once() {
        server.respond("POST", USERS, StubResponse.json(201, Fixtures.read("user-secret.json")));

        GeneratedSecret secret = client.admin().createUser("bob.staff", Set.of("staff"));

        assertThat(secret.account()).isEqualTo("bob.staff");
        assertThat(secret.secret()).isEqualTo("pT7-xq2Lm9vRk4Wz8sYb");
        assertThat(secret.toString()).doesNotContain("pT7-xq2Lm9vRk4Wz8sYb");
        var request = server.requests(USERS).get(0);
        assertThat(request.header("Content-Type")).contains("application/json");
        assertThat(request.body()).contains("\"username\":\"bob.staff\"").contains("\"roles\":[\"staff\"]");
    }

    @Test
    void disable_enable_and_reset_post_to_the_user() {
        server.respond("POST", USERS + "/bob.staff/disable", StubResponse.fixture("user-disabled.json"));
        server.respond("POST", USERS + "/bob.staff/enable", StubResponse.fixture("user-disabled.json"));
        server.respond("POST", USERS + "/bob.staff/reset-password", StubResponse.fixture("user-secret.json"));

        UserAccount disabled = client.admin().disableUser("bob.staff");
        client.admin().enableUser("bob.staff");
        GeneratedSecret reset = client.admin().resetPassword("bob.staff");

        assertThat(disabled.enabled()).isFalse();
        assertThat(reset.secret()).isNotBlank();
        assertThat(server.requests(USERS + "/bob.staff/enable")).hasSize(1);
    }

    @Test
    void a_taken_username_is_a_conflict_in_the_servers_words() {
        server.respond("POST", USERS, StubResponse.problem(409, """
                {"type":"https://ordo.dev/problems/conflict","title":"Conflict","status":409,
                 "detail":"There is already a user named bob.staff."}
                """));

        ApiException failure = catchThrowableOfType(ApiException.class,
                () -> client.admin().createUser("bob.staff", Set.of("staff")));

        assertThat(failure.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(failure.getMessage()).isEqualTo("There is already a user named bob.staff.");
    }

    @Test
    void clients_are_listed_created_disabled_and_given_new_secrets() {
        server.respond("GET", CLIENTS, StubResponse.fixture("clients.json"));
        server.respond("POST", CLIENTS, StubResponse.json(201, Fixtures.read("client-secret.json")));
        server.respond("POST", CLIENTS + "/web-shop/disable", StubResponse.fixture("client-disabled.json"));
        server.respond("POST", CLIENTS + "/web-shop/rotate-secret", StubResponse.fixture("client-secret.json"));

        List<ClientAccount> clients = client.admin().clients();
        GeneratedSecret created = client.admin().createClient("web-shop", "Ordo demo web shop");
        ClientAccount disabled = client.admin().disableClient("web-shop");
        GeneratedSecret rotated = client.admin().rotateClientSecret("web-shop");

        assertThat(clients).extracting(ClientAccount::clientId).containsExactly("web-shop", "old-shop");
        assertThat(clients.get(0).roles()).containsExactly("storefront");
        assertThat(server.requests(CLIENTS).get(1).body())
                .contains("\"clientId\":\"web-shop\"").contains("\"displayName\":\"Ordo demo web shop\"");
        assertThat(created.account()).isEqualTo("web-shop");
        assertThat(disabled.enabled()).isFalse();
        assertThat(rotated.secret()).isEqualTo("c9F2kQm7XzP4rT8vW1yB6nH3");
    }

    @Test
    void rotating_the_signing_key_answers_the_new_key() {
        server.respond("POST", "/api/v1/admin/keys/rotate", StubResponse.fixture("signing-key.json"));

        SigningKey key = client.admin().rotateSigningKey();

        assertThat(key.kid()).startsWith("hP3yq0");
        assertThat(key.createdAt()).isEqualTo(Instant.parse("2025-03-01T15:00:00Z"));
    }

    @Test
    void the_audit_log_is_paged_by_cursor_and_filtered_by_actor() {
        server.respond("GET", AUDIT, request -> StubResponse.fixture(
                request.query().containsKey("cursor") ? "audit-page-2.json" : "audit-page-1.json"));

        List<AuditEntry> entries = client.admin().allAuditEntries(AuditQuery.all().withActor("admin").withLimit(2))
                .toList();

        assertThat(entries).extracting(AuditEntry::id).containsExactly(41L, 40L, 12L);
        assertThat(entries.get(0).action()).isEqualTo("disableUser");
        assertThat(entries.get(0).outcome()).isEqualTo(200);
        assertThat(server.requests(AUDIT)).hasSize(2);
        assertThat(server.requests(AUDIT).get(0).query()).containsEntry("actor", "admin").containsEntry("limit", "2")
                .doesNotContainKey("cursor");
        assertThat(server.requests(AUDIT).get(1).query()).containsEntry("cursor", "40");
    }

    @Test
    void an_admin_call_without_the_role_is_forbidden() {
        server.respond("GET", AUDIT, StubResponse.problem(403, """
                {"type":"https://ordo.dev/problems/forbidden","title":"Forbidden","status":403,
                 "detail":"This needs the admin role."}
                """));

        ApiException failure = catchThrowableOfType(ApiException.class, () -> client.admin().auditEntries(AuditQuery.all()));

        assertThat(failure.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    }

    @Test
    void roles_are_read_from_the_served_openapi_document() {
        server.respond("GET", "/openapi", StubResponse.fixture("openapi.json"));

        List<RoleAccess> roles = client.admin().roles();

        assertThat(server.requests("/openapi").get(0).query()).containsEntry("format", "JSON");
        assertThat(roles).extracting(RoleAccess::role).containsExactly("storefront", "staff", "admin");
        assertThat(roles.get(0).description()).isEqualTo("a storefront (web shop server)");
        RoleAccess admin = roles.get(2);
        assertThat(admin.operations()).extracting(operation -> operation.method() + " " + operation.path())
                .containsExactly("GET /api/v1/admin/users", "POST /api/v1/admin/users", "GET /api/v1/orders",
                        "GET /api/v1/reports/sales");
        assertThat(roles.get(0).operations()).extracting(ApiOperation::operationId)
                .containsExactly("listOrders", "placeOrder");
        assertThat(roles).flatExtracting(RoleAccess::operations).extracting(ApiOperation::operationId)
                .doesNotContain("issueToken");
    }

    @Test
    void a_server_without_an_openapi_document_says_so() {
        server.respond("GET", "/openapi", StubResponse.json(200, "{\"status\":\"UP\"}"));

        ApiException failure = catchThrowableOfType(ApiException.class, () -> client.admin().roles());

        assertThat(failure.kind()).isEqualTo(ErrorKind.UNEXPECTED);
        assertThat(failure.getMessage()).contains("not an OpenAPI document");
    }
}
