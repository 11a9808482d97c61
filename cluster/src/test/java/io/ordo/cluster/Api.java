package io.ordo.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Ordo's REST API at one address (HAProxy, or one server directly), as its clients call it: each
 * answer carries the name of the server that gave it, when HAProxy said.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** An answer, with the server HAProxy sent the request to (empty when called directly). */
    record Reply(int status, String contentType, String body, String server, boolean replayed) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + " " + contentType + "): " + body, e);
            }
        }

        /** Ordo's API answers JSON; anything else is Liberty itself while the application starts. */
        boolean fromTheApi() {
            return contentType.startsWith("application/json") || contentType.startsWith("application/problem+json");
        }

        boolean isProblem(String typeSlug) {
            return contentType.startsWith("application/problem+json") && json().path("type").asText().endsWith("/" + typeSlug);
        }

        @Override
        public String toString() {
            return status + (server.isEmpty() ? "" : " from " + server) + " " + body;
        }
    }

    private final URI root;

    Api(URI root) {
        this.root = root;
    }

    URI root() {
        return root;
    }

    HttpRequest.Builder request(String pathFromRoot) {
        return HttpRequest.newBuilder(root.resolve(pathFromRoot)).timeout(REQUEST_TIMEOUT);
    }

    Reply get(String pathFromRoot, String token) {
        HttpRequest.Builder request = request(pathFromRoot).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    Reply token(Map<String, String> form) {
        return send(request("/api/v1/oauth/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")))));
    }

    String accessToken(Map<String, String> form) {
        Reply reply = token(form);
        if (reply.status() != 200) {
            throw new AssertionError("token refused: " + reply);
        }
        return reply.json().get("access_token").asText();
    }

    Reply placeOrder(String token, String idempotencyKey, Map<String, Object> order) {
        try {
            return send(request("/api/v1/orders")
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", idempotencyKey)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(order))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An order of {@code quantity} units of one product, paid with the sandbox's approving test card. */
    static Map<String, Object> orderOf(String sku, int quantity) {
        return Map.of(
                "customer", Map.of("name", "Edsger Dijkstra", "email", "edsger@example.org"),
                "currency", "EUR",
                "paymentMethod", "tok_visa",
                "lines", List.of(Map.of("sku", sku, "quantity", quantity)));
    }

    /** A connection failure is thrown as {@link UncheckedIOException}. */
    Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers().firstValue(Haproxy.SERVER_HEADER).orElse(""),
                    response.headers().firstValue("Idempotent-Replayed").filter("true"::equals).isPresent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while talking to Ordo", e);
        }
    }
}
