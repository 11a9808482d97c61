package io.ordo.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
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

    /** What the web container answers itself, beside the REST layer, to callers with and without a token. */
    @Test
    void the_servers_own_errors_are_problem_json_without_internals() throws IOException {
        String admin = Http.adminToken();
        Map<String, String> pathsAndTokens = Map.of("/api/v1/orders/..%2f", "", "/api/v1/orders/..%2f?as=admin", admin,
                "/no-such-page", "", "/error", "", "/api/v1/orders?cursor=%zz", admin, "/api/v1/orders?limit=%", admin,
                "/api/v1/reports/sales?from=%", admin);

        for (var request : pathsAndTokens.entrySet()) {
            String path = request.getKey();
            RawReply reply = rawGet(path, request.getValue());

            assertThat(reply.status()).as(path + ": " + reply).isBetween(400, 499);
            assertThat(reply.header("content-type")).as(path + ": " + reply).startsWith("application/problem+json");
            assertNoInternals(path, reply, "CWWWC", "SRVE");
        }
    }

    /**
     * A path that is not valid percent-encoding is refused by Liberty's web container before it
     * chooses an application, with a fixed text of its own (a message id, no exception, class or
     * frame); docs/security.md says so.
     */
    @Test
    void a_path_that_is_not_percent_encoding_is_400_without_exception_class_or_frame() throws IOException {
        for (String path : List.of("/api/v1/orders/%zz", "/api/v1/orders/%")) {
            RawReply reply = rawGet(path, "");

            assertThat(reply.status()).as(path + ": " + reply).isEqualTo(400);
            assertNoInternals(path, reply);
        }
    }

    private static void assertNoInternals(String path, RawReply reply, String... alsoAbsent) {
        assertThat(reply.header("$wsep")).as(path + " sends no error page header").isNull();
        assertThat(reply.header("x-content-type-options")).as(path).isEqualTo("nosniff");
        List<String> internals = new java.util.ArrayList<>(List.of("Exception", "at com.", "java.", "io.ordo", "RESTEASY",
                "<html", "RequestUtils"));
        internals.addAll(List.of(alsoAbsent));
        for (String internal : internals) {
            assertThat(reply.body()).as(path + " leaks " + internal).doesNotContain(internal);
        }
    }

    @Test
    void every_api_answer_says_not_to_sniff_and_not_to_store_it() {
        String token = Http.storefrontToken();
        Http.Reply order = Orders.place(token, Orders.body("tok_visa", Map.of("KB-001", 1)));

        for (Http.Reply reply : List.of(order, Http.send(Http.api("orders", token).GET()),
                Http.send(Http.api("orders/" + order.json().get("id").asText(), token).GET()),
                Http.send(Http.api("admin/orders/export?format=csv", Http.adminToken()).GET()),
                Http.send(Http.api("orders/" + UUID.randomUUID(), token).GET()))) {
            assertThat(reply.header("Cache-Control")).as(reply.toString()).hasValue("no-store");
            assertThat(reply.header("X-Content-Type-Options")).hasValue("nosniff");
        }
        assertThat(Http.send(Http.get(Stack.server().resolve("/health"))).header("X-Content-Type-Options"))
                .as("Liberty's own endpoints too").hasValue("nosniff");
    }

    private record RawReply(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A GET sent byte for byte as written: an HTTP client library would refuse or normalise these paths. */
    private static RawReply rawGet(String path, String token) throws IOException {
        try (Socket socket = new Socket(Stack.server().getHost(), Stack.server().getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            String authorization = token.isEmpty() ? "" : "Authorization: Bearer " + token + "\r\n";
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n" + authorization
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String[] parts = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r\n\r\n", 2);
            String[] head = parts[0].split("\r\n");
            Map<String, String> headers = new java.util.HashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
            }
            return new RawReply(Integer.parseInt(head[0].split(" ")[1]), headers, parts.length > 1 ? parts[1] : "");
        }
    }
}
