package io.ordo.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * The payment sandbox's control API: how the gateway behaves ({@code PUT /sandbox/behaviour}) and
 * what it did ({@code GET /sandbox/stats}, counts per order id). The control API always answers
 * normally, whatever the gateway's mode.
 */
final class Gateway {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Gateway() {
    }

    /** What the gateway has done so far, per order id (the merchant reference Ordo sends). */
    record Stats(JsonNode counts) {

        long captures(UUID orderId) {
            return count("captures", orderId);
        }

        long authorizations(UUID orderId) {
            return count("authorizations", orderId);
        }

        long refunds(UUID orderId) {
            return count("refunds", orderId);
        }

        long voids(UUID orderId) {
            return count("voids", orderId);
        }

        long declines(UUID orderId) {
            return count("declines", orderId);
        }

        /** Every gateway request so far, including those a fault answered. */
        long requests() {
            return counts.get("requests").asLong();
        }

        private long count(String kind, UUID orderId) {
            return counts.path(kind).path(orderId.toString()).asLong(0);
        }

        String of(UUID orderId) {
            return "authorizations " + authorizations(orderId) + ", captures " + captures(orderId) + ", voids "
                    + voids(orderId) + ", refunds " + refunds(orderId) + ", declines " + declines(orderId);
        }
    }

    static void normal() {
        behave(Map.of("mode", "normal"));
    }

    /** Every gateway call answers 503 and does nothing. */
    static void failing() {
        behave(Map.of("mode", "fail"));
    }

    /** Every gateway call waits {@code delay}, then is handled normally. */
    static void slow(Duration delay) {
        behave(Map.of("mode", "slow", "delayMs", delay.toMillis()));
    }

    /** Every gateway call is handled, then its answer is held back for 60 s. */
    static void answersLost() {
        behave(Map.of("mode", "timeout"));
    }

    static Stats stats() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(FaultStack.sandbox().resolve("/sandbox/stats")).GET());
        try {
            return new Stats(Storefront.JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new AssertionError("the sandbox's stats are not JSON: " + response.body(), e);
        }
    }

    private static void behave(Map<String, Object> behaviour) {
        HttpResponse<String> response;
        try {
            response = send(HttpRequest.newBuilder(FaultStack.sandbox().resolve("/sandbox/behaviour"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(Storefront.JSON.writeValueAsString(behaviour))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (response.statusCode() != 200) {
            throw new AssertionError("the sandbox refused the behaviour " + behaviour + ": " + response.body());
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while talking to the sandbox", e);
        }
    }
}
