package io.ordo.it;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Order-shaped helpers shared by the tests: bodies, placement, reading, waiting. */
final class Orders {

    private Orders() {
    }

    static Map<String, Object> body(String paymentMethod, Map<String, Integer> lines) {
        return Map.of(
                "customer", Map.of("name", "Ada Lovelace", "email", "ada@example.org"),
                "currency", "EUR",
                "paymentMethod", paymentMethod,
                "lines", lines.entrySet().stream()
                        .map(line -> Map.of("sku", line.getKey(), "quantity", line.getValue())).toList());
    }

    static Http.Reply place(String token, String idempotencyKey, Object body) {
        return Http.send(placing(token, idempotencyKey, body));
    }

    static Http.Reply place(String token, Object body) {
        return place(token, UUID.randomUUID().toString(), body);
    }

    /** An order request that breaks the document on purpose (no Idempotency-Key, an invalid body). */
    static Http.Reply placeMalformed(String token, String idempotencyKey, Object body) {
        return Http.sendMalformed(placing(token, idempotencyKey, body));
    }

    static Http.Reply placeMalformed(String token, Object body) {
        return placeMalformed(token, UUID.randomUUID().toString(), body);
    }

    private static HttpRequest.Builder placing(String token, String idempotencyKey, Object body) {
        var request = Http.api("orders", token).header("Content-Type", "application/json").POST(Http.json(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request;
    }

    static JsonNode read(String token, String orderId) {
        Http.Reply reply = Http.send(Http.api("orders/" + orderId, token).GET());
        if (reply.status() != 200) {
            throw new AssertionError("cannot read order " + orderId + ": " + reply);
        }
        return reply.json();
    }

    /** Waits until the order reaches {@code status} (and fails fast if it ends somewhere else). */
    static JsonNode awaitStatus(String token, String orderId, String status) {
        List<String> finalStates = List.of("PAID", "SHIPPED", "FAILED", "EXPIRED", "CANCELLED");
        return await("order " + orderId + " to become " + status)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> read(token, orderId), order -> {
                    String now = order.get("status").asText();
                    if (!now.equals(status) && finalStates.contains(now)) {
                        throw new AssertionError("order ended " + now + " instead of " + status + ": " + order);
                    }
                    return now.equals(status);
                });
    }

    /** Units of a product available right now, as the catalogue shows it. */
    static int available(String token, String sku) {
        return product(token, sku).get("available").asInt();
    }

    static BigDecimal price(String token, String sku) {
        return new BigDecimal(product(token, sku).get("price").get("amount").asText());
    }

    private static JsonNode product(String token, String sku) {
        String cursor = null;
        do {
            Http.Reply page = Http.send(Http.api("products?limit=200" + (cursor == null ? "" : "&cursor=" + cursor), token).GET());
            for (JsonNode product : page.json().get("items")) {
                if (product.get("sku").asText().equals(sku)) {
                    return product;
                }
            }
            JsonNode next = page.json().get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asText();
        } while (cursor != null);
        throw new AssertionError("no product " + sku + " in the catalogue");
    }

    /** How many times the payment gateway captured money for this order. */
    static int capturesAtGateway(String orderId) {
        JsonNode stats = Http.send(Http.get(Http.sandbox("/sandbox/stats"))).json();
        JsonNode captures = stats.get("captures").get(orderId);
        return captures == null ? 0 : captures.asInt();
    }
}
