package io.ordo.sandbox;

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
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** Calls a running sandbox the way the Ordo backend does: JDK HttpClient, JSON strings. */
final class SandboxClient {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI base;

    SandboxClient(PaymentSandbox sandbox) {
        this.base = sandbox.baseUri();
    }

    static String newKey() {
        return "key-" + UUID.randomUUID();
    }

    static String newReference() {
        return "order-" + UUID.randomUUID();
    }

    static String paymentBody(String amount, String currency, String reference, String paymentMethod, boolean capture) {
        return """
                {"amount":"%s","currency":"%s","reference":"%s","paymentMethod":"%s","capture":%s}"""
                .formatted(amount, currency, reference, paymentMethod, capture);
    }

    /** Opens a payment with a fresh key and returns its JSON, failing unless the gateway answered 201. */
    JsonNode open(String amount, String reference, String paymentMethod, boolean capture) {
        HttpResponse<String> response = post("/v1/payments", newKey(),
                paymentBody(amount, "EUR", reference, paymentMethod, capture));
        if (response.statusCode() != 201) {
            throw new AssertionError("expected 201, got " + response.statusCode() + ": " + response.body());
        }
        return json(response);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
    }

    /** POST with an Idempotency-Key (null for none) and extra header name/value pairs. */
    HttpResponse<String> post(String path, String idempotencyKey, String body, String... headers) {
        HttpRequest.Builder request = request(path).POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpResponse<String> getByKey(String idempotencyKey) {
        return get("/v1/payments?idempotencyKey=" + URLEncoder.encode(idempotencyKey, StandardCharsets.UTF_8));
    }

    HttpResponse<String> put(String path, String body) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends and lets the caller see the exception, for calls that are meant to fail. */
    HttpResponse<String> sendRaw(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    void reset() {
        HttpResponse<String> response = post("/sandbox/reset", null, "");
        if (response.statusCode() != 204) {
            throw new AssertionError("reset answered " + response.statusCode());
        }
    }

    JsonNode stats() {
        return json(get("/sandbox/stats"));
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
