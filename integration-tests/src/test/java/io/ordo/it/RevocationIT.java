package io.ordo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Access tokens stop working within seconds once their account is disabled, its password reset
 * or their sign-in revoked, although they have not expired; anonymous requests are refused 401
 * before anything looks at their body.
 */
class RevocationIT extends PackagedServer {

    /** What the tests allow a revocation to take to reach the server: it reads them every second. */
    private static final Duration WITHIN = Duration.ofSeconds(5);

    private final String admin = Http.adminToken();

    private Http.Reply post(String path) {
        return Http.send(Http.api(path, admin).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static int productsStatus(String token) {
        return Http.send(Http.api("products?limit=1", token).GET()).status();
    }

    private static Http.Reply clientToken(String clientId, String secret) {
        return Http.tokenRequest(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    private static Http.Reply signIn(String username, String password) {
        return Http.tokenRequest(Map.of("grant_type", "password", "username", username, "password", password));
    }

    @Test
    void a_disabled_storefront_clients_token_is_refused_within_seconds_and_works_again_with_a_new_one_once_enabled() {
        String clientId = "revoked-shop-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = Http.send(Http.api("admin/clients", admin).header("Content-Type", "application/json")
                .POST(Http.json(Map.of("clientId", clientId, "displayName", "Shop to disable")))).json().get("secret").asText();
        String token = clientToken(clientId, secret).json().get("access_token").asText();
        assertThat(productsStatus(token)).isEqualTo(200);

        post("admin/clients/" + clientId + "/disable");

        await("the disabled client's token to be refused").atMost(WITHIN).until(() -> productsStatus(token) == 401);
        Http.Reply refused = Http.send(Http.api("orders", token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(Http.json(Orders.body("tok_visa", Map.of("NB-018", 1)))));
        assertThat(refused.status()).as("a disabled client places no order").isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).startsWith("Bearer realm=\"ordo\"").contains("error=\"invalid_token\""));
        assertThat(refused.contentType()).startsWith("application/problem+json");

        post("admin/clients/" + clientId + "/enable");
        String renewed = clientToken(clientId, secret).json().get("access_token").asText();
        assertThat(productsStatus(renewed)).as("a new token of the enabled client").isEqualTo(200);
        assertThat(productsStatus(token)).as("the token held while disabled stays revoked").isEqualTo(401);
    }

    @Test
    void a_disabled_users_token_is_refused_within_seconds_and_other_users_are_not_affected() {
        String name = "revoked-clerk-" + UUID.randomUUID().toString().substring(0, 8);
        String password = Http.send(Http.api("admin/users", admin).header("Content-Type", "application/json")
                .POST(Http.json(Map.of("username", name, "roles", List.of("staff"))))).json().get("secret").asText();
        String token = signIn(name, password).json().get("access_token").asText();
        String colleague = Http.staffToken();
        assertThat(productsStatus(token)).isEqualTo(200);

        post("admin/users/" + name + "/disable");

        await("the disabled user's token to be refused").atMost(WITHIN).until(() -> productsStatus(token) == 401);
        assertThat(productsStatus(colleague)).isEqualTo(200);

        post("admin/users/" + name + "/enable");
        assertThat(productsStatus(signIn(name, password).json().get("access_token").asText())).isEqualTo(200);
    }

    @Test
    void a_revoked_sign_in_takes_its_access_tokens_with_it_but_not_the_persons_other_sign_ins() {
        Http.Reply stolen = signIn(Stack.staffUser(), Stack.staffPassword());
        Http.Reply otherDevice = signIn(Stack.staffUser(), Stack.staffPassword());
        String firstRefresh = stolen.json().get("refresh_token").asText();
        Http.Reply rotated = Http.tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", firstRefresh));
        String current = rotated.json().get("access_token").asText();
        assertThat(productsStatus(current)).isEqualTo(200);

        Http.Reply replayed = Http.tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", firstRefresh));

        assertThat(replayed.status()).as("a reused refresh token revokes its family").isEqualTo(400);
        await("the family's access tokens to be refused").atMost(WITHIN).until(() -> productsStatus(current) == 401);
        assertThat(productsStatus(stolen.json().get("access_token").asText())).isEqualTo(401);
        assertThat(productsStatus(otherDevice.json().get("access_token").asText())).as("another sign-in").isEqualTo(200);
    }

    @Test
    void an_anonymous_request_is_401_whatever_its_body_or_media_type() {
        for (HttpRequest.Builder request : List.of(
                Http.api("orders").POST(HttpRequest.BodyPublishers.ofString("x")),
                Http.api("orders").header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")),
                Http.api("admin/users").POST(HttpRequest.BodyPublishers.noBody()),
                Http.api("admin/products/SKU-1").PUT(HttpRequest.BodyPublishers.ofString("{")))) {
            Http.Reply reply = Http.sendMalformed(request);

            assertThat(reply.status()).as(reply.raw().request().method() + " " + reply.raw().uri()).isEqualTo(401);
            assertThat(reply.header("WWW-Authenticate")).hasValue("Bearer realm=\"ordo\"");
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }
}
