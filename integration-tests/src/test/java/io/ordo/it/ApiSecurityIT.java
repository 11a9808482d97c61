package io.ordo.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may call what: tokens, roles, and the answers a caller without them gets. */
class ApiSecurityIT extends PackagedServer {

    @Test
    void a_request_without_a_token_is_401_problem_json() {
        Http.Reply reply = Http.send(Http.api("orders").GET());

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void a_forged_or_garbage_token_is_401() {
        String real = Http.storefrontToken();
        String[] parts = real.split("\\.");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"storefront\"", "\"admin\"").getBytes());
        String forged = parts[0] + "." + forgedPayload + "." + parts[2];
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes())
                + "." + parts[1] + ".";

        assertThat(Http.send(Http.api("products", "not-a-token").GET()).status()).isEqualTo(401);
        assertThat(Http.send(Http.api("products", forged).GET()).status()).isEqualTo(401);
        assertThat(Http.send(Http.api("products", unsigned).GET()).status()).isEqualTo(401);
        assertThat(Http.send(Http.api("products", real).GET()).status()).isEqualTo(200);
    }

    @Test
    void staff_cannot_place_orders_for_storefronts() {
        Http.Reply reply = Orders.place(Http.staffToken(), Orders.body("tok_visa", Map.of("KB-001", 1)));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_storefront_token_carries_its_role_and_expires_in_fifteen_minutes() {
        Http.Reply reply = Http.tokenRequest(Map.of("grant_type", "client_credentials",
                "client_id", Stack.storefrontId(), "client_secret", Stack.storefrontSecret()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).hasValue("no-store");
        assertThat(reply.json().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(reply.json().get("expires_in").asInt()).isEqualTo(900);
        String payload = new String(Base64.getUrlDecoder().decode(reply.json().get("access_token").asText().split("\\.")[1]));
        assertThat(payload).contains("\"groups\":[\"storefront\"]").contains("\"sub\":\"" + Stack.storefrontId() + "\"");
    }

    @Test
    void wrong_credentials_get_oauth_errors_that_do_not_tell_which_part_was_wrong() {
        Http.Reply wrongSecret = Http.tokenRequest(Map.of("grant_type", "client_credentials",
                "client_id", Stack.storefrontId(), "client_secret", "wrong"));
        Http.Reply unknownClient = Http.tokenRequest(Map.of("grant_type", "client_credentials",
                "client_id", "no-such-" + UUID.randomUUID(), "client_secret", "wrong"));
        Http.Reply wrongPassword = Http.tokenRequest(Map.of("grant_type", "password",
                "username", Stack.staffUser(), "password", "wrong"));
        Http.Reply unsupported = Http.malformedTokenRequest(Map.of("grant_type", "implicit"));

        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(wrongSecret.json().get("error").asText()).isEqualTo("invalid_client");
        assertThat(unknownClient.raw().body()).isEqualTo(wrongSecret.raw().body());
        assertThat(wrongPassword.status()).isEqualTo(400);
        assertThat(wrongPassword.json().get("error").asText()).isEqualTo("invalid_grant");
        assertThat(unsupported.json().get("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void the_signing_keys_are_public_and_the_token_names_one_of_them() {
        String token = Http.storefrontToken();
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]));

        Http.Reply jwks = Http.send(Http.api("oauth/jwks").GET());

        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.json().get("keys").findValuesAsText("kid"))
                .anySatisfy(kid -> assertThat(header).contains("\"kid\":\"" + kid + "\""));
        assertThat(jwks.raw().body()).doesNotContain("\"d\"");
    }

    /** The health endpoints and their checks are ObservabilityIT's. */
    @Test
    void the_openapi_document_is_served() {
        Http.Reply openapi = Http.send(Http.get(Stack.server().resolve("/openapi")));

        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.raw().body()).contains("/api/v1/orders").contains("/api/v1/products").contains("placeOrder");
    }
}
