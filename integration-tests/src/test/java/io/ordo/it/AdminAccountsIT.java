package io.ordo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Admins manage users and storefront clients; everything staff and admins change is audited. */
class AdminAccountsIT extends PackagedServer {

    private final String admin = Http.adminToken();

    /** A POST with a JSON body, or with none (the account actions take none). */
    private Http.Reply post(String path, Object body) {
        return Http.send(posting(path, body));
    }

    private Http.Reply postMalformed(String path, Object body) {
        return Http.sendMalformed(posting(path, body));
    }

    private HttpRequest.Builder posting(String path, Object body) {
        return body == null ? Http.api(path, admin).POST(HttpRequest.BodyPublishers.noBody())
                : Http.api(path, admin).header("Content-Type", "application/json").POST(Http.json(body));
    }

    private static Http.Reply signIn(String username, String password) {
        return Http.tokenRequest(Map.of("grant_type", "password", "username", username, "password", password));
    }

    private static Http.Reply clientToken(String clientId, String secret) {
        return Http.tokenRequest(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    @Test
    void a_new_user_signs_in_with_the_password_shown_once_and_a_disabled_one_cannot() {
        String name = "clerk-" + UUID.randomUUID().toString().substring(0, 8);

        Http.Reply created = post("admin/users", Map.of("username", name, "roles", List.of("staff")));
        String password = created.json().get("secret").asText();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        Http.Reply signedIn = signIn(name, password);
        assertThat(signedIn.status()).isEqualTo(200);
        String refresh = signedIn.json().get("refresh_token").asText();

        assertThat(post("admin/users/" + name + "/disable", null).json().get("enabled").asBoolean()).isFalse();
        assertThat(signIn(name, password).status()).isEqualTo(400);
        assertThat(Http.tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", refresh)).status())
                .as("disabling revokes refresh tokens").isEqualTo(400);

        post("admin/users/" + name + "/enable", null);
        String newPassword = post("admin/users/" + name + "/reset-password", null).json().get("secret").asText();
        assertThat(signIn(name, password).status()).isEqualTo(400);
        assertThat(signIn(name, newPassword).status()).isEqualTo(200);
        assertThat(Http.send(Http.api("admin/users", admin).GET()).json().findValuesAsText("username")).contains(name);
    }

    @Test
    void a_new_storefront_client_gets_tokens_until_its_secret_is_rotated() {
        String clientId = "shop-" + UUID.randomUUID().toString().substring(0, 8);

        String secret = post("admin/clients", Map.of("clientId", clientId, "displayName", "Test shop")).json().get("secret").asText();
        assertThat(clientToken(clientId, secret).status()).isEqualTo(200);

        String rotated = post("admin/clients/" + clientId + "/rotate-secret", null).json().get("secret").asText();
        assertThat(clientToken(clientId, secret).status()).isEqualTo(401);
        assertThat(clientToken(clientId, rotated).status()).isEqualTo(200);

        post("admin/clients/" + clientId + "/disable", null);
        assertThat(clientToken(clientId, rotated).status()).isEqualTo(401);
    }

    @Test
    void a_storefront_sees_only_its_own_orders() {
        String clientId = "other-shop-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = post("admin/clients", Map.of("clientId", clientId, "displayName", "Other shop")).json().get("secret").asText();
        String otherShop = clientToken(clientId, secret).json().get("access_token").asText();
        String demoOrder = Orders.place(Http.storefrontToken(), Orders.body("tok_visa", Map.of("NB-018", 1))).json().get("id").asText();

        Http.Reply foreign = Http.send(Http.api("orders/" + demoOrder, otherShop).GET());
        Http.Reply cancelForeign = Http.send(Http.api("orders/" + demoOrder + "/cancel", otherShop)
                .header("Content-Type", "application/json").POST(Http.json(Map.of())));
        JsonNode ownList = Http.send(Http.api("orders?limit=200", otherShop).GET()).json();

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(cancelForeign.status()).as(cancelForeign.toString()).isEqualTo(404);
        assertThat(ownList.get("items").findValuesAsText("id")).doesNotContain(demoOrder);
    }

    @Test
    void account_administration_is_for_admins_and_refuses_bad_input() {
        String staff = Http.staffToken();

        assertThat(Http.send(Http.api("admin/users", staff).GET()).status()).isEqualTo(403);
        assertThat(Http.send(Http.api("admin/clients", Http.storefrontToken()).GET()).status()).isEqualTo(403);
        Http.Reply badName = postMalformed("admin/users", Map.of("username", "Robert'); DROP TABLE--", "roles", List.of("staff")));
        Http.Reply badRole = post("admin/users", Map.of("username", "someone-x", "roles", List.of("storefront")));
        Http.Reply duplicate = post("admin/users", Map.of("username", Stack.staffUser(), "roles", List.of("staff")));
        Http.Reply unknown = post("admin/users/nobody-" + UUID.randomUUID() + "/disable", null);

        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.json().get("errors").findValuesAsText("field")).containsExactly("username");
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(post("admin/users/" + Stack.adminUser() + "/disable", null).status())
                .as("an admin cannot lock themselves out").isEqualTo(409);
    }

    @Test
    void changes_by_staff_and_admins_are_in_the_append_only_audit_log() throws SQLException {
        String clientId = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Reply created = Http.send(Http.api("admin/clients", admin).header("Content-Type", "application/json")
                .header("X-Correlation-Id", "audit-" + clientId)
                .POST(Http.json(Map.of("clientId", clientId, "displayName", "Audited shop"))));
        assertThat(created.status()).isEqualTo(201);

        JsonNode entries = Http.send(Http.api("admin/audit?actor=" + Stack.adminUser() + "&limit=50", admin).GET()).json();

        JsonNode entry = null;
        for (JsonNode candidate : entries.get("items")) {
            if ("audit-".concat(clientId).equals(candidate.get("correlationId").asText())) {
                entry = candidate;
            }
        }
        assertThat(entry).as("the audit entry of the client creation").isNotNull();
        assertThat(entry.get("action").asText()).isEqualTo("AdminClientResource.create");
        assertThat(entry.get("target").asText()).as("the created client, named in the body").isEqualTo(clientId);
        assertThat(entry.get("outcome").asInt()).isEqualTo(201);
        assertThat(entry.get("method").asText()).isEqualTo("POST");
        assertThat(Http.send(Http.api("admin/audit", Http.staffToken()).GET()).status()).isEqualTo(403);
        try (Connection db = Stack.databaseAsSuperuser().getConnection()) {
            assertThatThrownBy(() -> db.createStatement().executeUpdate("delete from platform.audit_log"))
                    .hasMessageContaining("append-only");
        }
    }
}
