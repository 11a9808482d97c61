package io.ordo.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Malformed, missing, oversized and hostile input: a precise 4xx problem, and nothing changed. */
class BadInputIT extends PackagedServer {

    private final String storefront = Http.storefrontToken();

    @Test
    void a_malformed_body_is_400_and_creates_nothing() {
        int ordersBefore = countMyOrders();
        String key = UUID.randomUUID().toString();

        Http.Reply reply = Orders.placeMalformed(storefront, key, "{\"customer\": {\"name\": \"Ada\", ");

        assertProblem(reply, 400, "malformed-request");
        assertThat(countMyOrders()).isEqualTo(ordersBefore);
        Http.Reply sameKeyLater = Orders.place(storefront, key, Orders.body("tok_visa", Map.of("NB-018", 1)));
        assertThat(sameKeyLater.status()).as("the key was not consumed by the failed request").isEqualTo(201);
        assertThat(sameKeyLater.header("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void an_order_without_idempotency_key_is_400_and_says_how_to_fix_it() {
        Http.Reply reply = Orders.placeMalformed(storefront, null, Orders.body("tok_visa", Map.of("NB-018", 1)));

        assertProblem(reply, 400, "idempotency-key-missing");
        assertThat(reply.json().get("detail").asText()).contains("Idempotency-Key");
    }

    @Test
    void every_invalid_field_is_named_in_the_answer() {
        Map<String, Object> body = Map.of(
                "customer", Map.of("name", "", "email", "not-an-email"),
                "currency", "eur",
                "paymentMethod", "tok_visa",
                "lines", List.of(Map.of("sku", "KB-001", "quantity", 0)));
        int ordersBefore = countMyOrders();

        Http.Reply reply = Orders.placeMalformed(storefront, body);

        assertProblem(reply, 400, "validation");
        assertThat(reply.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("customer.name", "customer.email", "currency", "lines[0].quantity");
        assertThat(countMyOrders()).isEqualTo(ordersBefore);
    }

    @Test
    void an_order_without_lines_or_body_is_400() {
        Map<String, Object> noLines = new HashMap<>(Orders.body("tok_visa", Map.of("KB-001", 1)));
        noLines.put("lines", List.of());

        assertProblem(Orders.placeMalformed(storefront, noLines), 400, "validation");
        assertProblem(Orders.placeMalformed(storefront, "null"), 400, "validation");
    }

    @Test
    void an_unknown_sku_is_422_naming_the_line() {
        Http.Reply reply = Orders.place(storefront, Orders.body("tok_visa", Map.of("NO-SUCH-SKU", 1)));

        assertProblem(reply, 422, "unprocessable");
        assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("lines[0].sku");
    }

    @Test
    void a_body_trying_to_set_prices_or_status_is_refused() {
        Map<String, Object> body = new HashMap<>(Orders.body("tok_visa", Map.of("KB-001", 1)));
        body.put("status", "PAID");
        body.put("total", Map.of("amount", "0.01", "currency", "EUR"));

        assertProblem(Orders.placeMalformed(storefront, body), 400, "malformed-request");
    }

    @Test
    void an_oversized_body_is_refused_without_a_server_error() {
        Map<String, Object> body = new HashMap<>(Orders.body("tok_visa", Map.of("KB-001", 1)));
        body.put("customer", Map.of("name", "x".repeat(2_000_000), "email", "ada@example.org"));

        Http.Reply reply = Orders.placeMalformed(storefront, body);

        assertProblem(reply, 413, "payload-too-large");
    }

    @Test
    void a_body_that_is_not_json_is_415() {
        Http.Reply reply = Http.sendMalformed(Http.api("orders", storefront).header("Content-Type", "text/plain")
                .header("Idempotency-Key", UUID.randomUUID().toString()).POST(Http.json("hello")));

        assertProblem(reply, 415, "unsupported-media-type");
    }

    @Test
    void unknown_and_malformed_order_ids_are_404() {
        assertProblem(Http.send(Http.api("orders/" + UUID.randomUUID(), storefront).GET()), 404, "not-found");
        assertProblem(Http.send(Http.api("orders/'%20or%201=1--", storefront).GET()), 404, "not-found");
    }

    @Test
    void list_parameters_out_of_range_are_400() {
        assertProblem(Http.sendMalformed(Http.api("orders?limit=100000", storefront).GET()), 400, "validation");
        assertProblem(Http.sendMalformed(Http.api("orders?status=SHIPPEDX", storefront).GET()), 400, "validation");
        assertProblem(Http.send(Http.api("orders?cursor=%25%25%25", storefront).GET()), 400, "validation");
        assertProblem(Http.sendMalformed(Http.api("orders?from=yesterday", storefront).GET()), 400, "validation");
    }

    @Test
    void a_quantity_that_is_not_exactly_a_whole_number_in_range_is_400_naming_it_and_creates_nothing() {
        int ordersBefore = countMyOrders();

        for (String quantity : List.of("1.5", "1.9", "\"1\"", "4294967297", "1e400")) {
            Http.Reply reply = Orders.placeMalformed(storefront, "{\"customer\":{\"name\":\"Ada\",\"email\":\"ada@example.org\"},"
                    + "\"currency\":\"EUR\",\"paymentMethod\":\"tok_visa\",\"lines\":[{\"sku\":\"KB-001\",\"quantity\":"
                    + quantity + "}]}");

            assertProblem(reply, 400, "validation");
            assertThat(reply.json().get("errors").findValuesAsText("field")).as(quantity).containsExactly("lines[0].quantity");
        }
        assertThat(countMyOrders()).isEqualTo(ordersBefore);
    }

    @Test
    void an_unknown_currency_is_400_naming_it() {
        Map<String, Object> body = new HashMap<>(Orders.body("tok_visa", Map.of("KB-001", 1)));
        body.put("currency", "ZZZ");

        Http.Reply reply = Orders.place(storefront, body);

        assertProblem(reply, 400, "validation");
        assertThat(reply.json().get("errors").findValuesAsText("field")).containsExactly("currency");
    }

    @Test
    void duplicate_names_and_anything_after_the_document_are_refused() {
        int ordersBefore = countMyOrders();
        String order = "{\"customer\":{\"name\":\"Ada\",\"email\":\"ada@example.org\"},\"paymentMethod\":\"tok_visa\","
                + "\"lines\":[{\"sku\":\"KB-001\",\"quantity\":1}],\"currency\":\"EUR\"";

        Http.Reply duplicate = Orders.placeMalformed(storefront, order + ",\"currency\":\"USD\"}");
        Http.Reply trailing = Orders.placeMalformed(storefront, order + "} {\"lines\":[]}");
        Http.Reply garbage = Orders.placeMalformed(storefront, order + "}garbage");

        assertProblem(duplicate, 400, "validation");
        assertThat(duplicate.json().get("errors").findValuesAsText("field")).containsExactly("currency");
        assertProblem(trailing, 400, "malformed-request");
        assertProblem(garbage, 400, "malformed-request");
        assertThat(countMyOrders()).isEqualTo(ordersBefore);
    }

    @Test
    void dates_durations_and_cursors_beyond_any_real_range_are_400_naming_them_in_every_filter() {
        String staff = Http.staffToken();
        String farFuture = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("+300000-01-01T00:00:00Z|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        Map<String, String> named = Map.of(
                "orders?from=-5000-01-01T00:00:00Z", "from",
                "orders?to=%2B300000-01-01T00:00:00Z", "to",
                "reports/sales?from=%2B300000-01-01&to=%2B300000-01-02", "from",
                "reports/sales/products?from=-5000-01-01", "from",
                "reports/orders/status-changes?to=%2B300000-01-01", "to",
                "reports/payments?currency=ZZZ", "currency",
                "reports/orders/stuck?minAge=P99999999999D", "minAge");

        for (var query : named.entrySet()) {
            Http.Reply reply = Http.sendMalformed(Http.api(query.getKey(), staff).GET());

            assertProblem(reply, 400, "validation");
            assertThat(reply.json().get("errors").findValuesAsText("field")).as(query.getKey()).contains(query.getValue());
        }
        for (String cursor : List.of("orders?cursor=" + farFuture, "reports/orders/stuck?cursor=" + farFuture)) {
            Http.Reply reply = Http.sendMalformed(Http.api(cursor, staff).GET());

            assertProblem(reply, 400, "validation");
            assertThat(reply.json().get("detail").asText()).contains("cursor");
        }
    }

    private int countMyOrders() {
        int count = 0;
        String cursor = null;
        do {
            JsonNode page = Http.send(Http.api("orders?limit=200" + (cursor == null ? "" : "&cursor=" + cursor), storefront)
                    .GET()).json();
            count += page.get("items").size();
            cursor = page.path("nextCursor").isTextual() ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return count;
    }

    private static void assertProblem(Http.Reply reply, int status, String typeSlug) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asText()).endsWith("/" + typeSlug);
        assertThat(reply.json().get("detail").asText()).isNotBlank();
    }
}
