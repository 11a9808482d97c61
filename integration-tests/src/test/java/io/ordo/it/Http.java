package io.ordo.it;

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
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A small HTTP client for the tests: raw requests, so every status and header can be asserted;
 * every exchange with the API is held to the served OpenAPI document ({@link Contract}).
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer: status, headers and the body parsed as JSON when it is JSON. */
    record Reply(int status, HttpResponse<String> raw) {

        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new AssertionError("body is not JSON: " + raw.body(), e);
            }
        }

        Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        String contentType() {
            return header("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    private Http() {
    }

    /** Sends a request the served OpenAPI document allows; fails unless the document describes the exchange. */
    static Reply send(HttpRequest.Builder request) {
        return exchange(request, true);
    }

    /**
     * Sends a request that is outside the served OpenAPI document on purpose (a missing header, a
     * malformed body, an unknown path): only the answer is checked against the document.
     */
    static Reply sendMalformed(HttpRequest.Builder request) {
        return exchange(request, false);
    }

    private static Reply exchange(HttpRequest.Builder builder, boolean requestInDocument) {
        try {
            HttpRequest request = builder.timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (request.uri().getPath().startsWith(Contract.API_PREFIX)) {
                Contract.served().check(new Contract.Exchange(request.method(), request.uri(), request.headers().map(),
                        RequestBodies.text(request), response.statusCode(), response.headers().map(), response.body()),
                        requestInDocument);
            }
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(Stack.server().resolve("/api/v1/" + path));
    }

    static HttpRequest.Builder api(String path, String token) {
        return api(path).header("Authorization", "Bearer " + token);
    }

    static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    static Reply tokenRequest(Map<String, String> fields) {
        return send(api("oauth/token").header("Content-Type", "application/x-www-form-urlencoded").POST(form(fields)));
    }

    /** A token request whose form the document refuses (an unknown grant type, a field too long), sent on purpose. */
    static Reply malformedTokenRequest(Map<String, String> fields) {
        return sendMalformed(api("oauth/token").header("Content-Type", "application/x-www-form-urlencoded").POST(form(fields)));
    }

    static String storefrontToken() {
        return accessToken(Map.of("grant_type", "client_credentials",
                "client_id", Stack.storefrontId(), "client_secret", Stack.storefrontSecret()));
    }

    static String staffToken() {
        return accessToken(Map.of("grant_type", "password",
                "username", Stack.staffUser(), "password", Stack.staffPassword()));
    }

    private static String accessToken(Map<String, String> fields) {
        Reply reply = tokenRequest(fields);
        if (reply.status() != 200) {
            throw new AssertionError("token request refused: " + reply);
        }
        return reply.json().get("access_token").asText();
    }

    static URI sandbox(String path) {
        return Stack.sandbox().resolve(path);
    }

    static HttpRequest.Builder get(URI uri) {
        return HttpRequest.newBuilder(uri).GET();
    }

    static String adminToken() {
        return accessToken(Map.of("grant_type", "password",
                "username", Stack.adminUser(), "password", Stack.adminPassword()));
    }
}
