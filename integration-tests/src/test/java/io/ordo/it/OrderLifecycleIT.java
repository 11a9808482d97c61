package io.ordo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A storefront's orders travelling through events on the broker, as the storefront sees them. */
class OrderLifecycleIT extends PackagedServer {

    private final String storefront = Http.storefrontToken();

    @Test
    void a_placed_order_goes_through_validation_reservation_and_payment_to_paid() {
        int keyboardsBefore = Orders.available(storefront, "KB-001");
        BigDecimal expectedTotal = Orders.price(storefront, "KB-001").multiply(BigDecimal.valueOf(2))
                .add(Orders.price(storefront, "MS-002"));
        Map<String, Integer> lines = new LinkedHashMap<>();
        lines.put("KB-001", 2);
        lines.put("MS-002", 1);

        Http.Reply placed = Orders.place(storefront, Orders.body("tok_visa", lines));

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderId = placed.json().get("id").asText();
        assertThat(placed.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/api/v1/orders/" + orderId));
        assertThat(placed.json().get("status").asText()).as("validated as it was placed").isEqualTo("VALIDATED");
        assertThat(new BigDecimal(placed.json().get("total").get("amount").asText())).isEqualByComparingTo(expectedTotal);
        String correlationId = placed.header("X-Correlation-Id").orElseThrow();

        JsonNode paid = Orders.awaitStatus(storefront, orderId, "PAID");

        assertThat(paid.get("paymentStatus").asText()).isEqualTo("CAPTURED");
        assertThat(paid.get("history").findValuesAsText("to")).containsExactly("CREATED", "VALIDATED", "RESERVED", "PAID");
        assertThat(paid.get("history").findValuesAsText("correlationId")).containsOnly(correlationId);
        assertThat(paid.get("lines")).hasSize(2);
        // The answer to the placement is built from the order as written; a read shows the same.
        for (String field : new String[] {"customer", "currency", "lines", "total", "createdAt"}) {
            assertThat(paid.get(field)).as(field).isEqualTo(placed.json().get(field));
        }
        assertThat(paid.get("history").get(0)).isEqualTo(placed.json().get("history").get(0));
        assertThat(Orders.capturesAtGateway(orderId)).isEqualTo(1);
        assertThat(Orders.available(storefront, "KB-001")).isEqualTo(keyboardsBefore - 2);
    }

    @Test
    void a_declined_payment_fails_the_order_and_gives_the_stock_back() {
        int headsetsBefore = Orders.available(storefront, "HS-004");

        Http.Reply placed = Orders.place(storefront, Orders.body("tok_decline", Map.of("HS-004", 3)));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderId = placed.json().get("id").asText();

        JsonNode failed = Orders.awaitStatus(storefront, orderId, "FAILED");

        assertThat(failed.get("paymentStatus").asText()).isEqualTo("DECLINED");
        assertThat(failed.get("failureReason").asText()).startsWith("PAYMENT_DECLINED");
        assertThat(failed.get("history").findValuesAsText("to")).containsExactly("CREATED", "VALIDATED", "RESERVED", "FAILED");
        assertThat(Orders.capturesAtGateway(orderId)).isZero();
        await("the reserved headsets to be released").atMost(Duration.ofSeconds(30))
                .until(() -> Orders.available(storefront, "HS-004") == headsetsBefore);
    }

    @Test
    void an_order_for_more_than_is_in_stock_fails_and_reserves_nothing() {
        int desksBefore = Orders.available(storefront, "DS-008");

        Http.Reply placed = Orders.place(storefront, Orders.body("tok_visa", Map.of("DS-008", desksBefore + 1, "LP-009", 1)));
        String orderId = placed.json().get("id").asText();

        JsonNode failed = Orders.awaitStatus(storefront, orderId, "FAILED");

        assertThat(failed.get("failureReason").asText()).startsWith("OUT_OF_STOCK").contains("DS-008");
        assertThat(failed.get("paymentStatus").asText()).isEqualTo("NONE");
        assertThat(Orders.available(storefront, "DS-008")).isEqualTo(desksBefore);
        assertThat(Orders.capturesAtGateway(orderId)).isZero();
    }

    @Test
    void a_product_no_longer_sold_fails_validation() {
        Http.Reply placed = Orders.place(storefront, Orders.body("tok_visa", Map.of("OLD-021", 1)));
        String orderId = placed.json().get("id").asText();

        JsonNode failed = Orders.awaitStatus(storefront, orderId, "FAILED");

        assertThat(failed.get("failureReason").asText()).isEqualTo("VALIDATION_FAILED: product OLD-021 is no longer sold");
        assertThat(failed.get("history").findValuesAsText("to")).containsExactly("CREATED", "FAILED");
    }

    @Test
    void the_same_idempotency_key_and_body_replays_the_first_order() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Orders.body("tok_visa", Map.of("NB-018", 1));

        Http.Reply first = Orders.place(storefront, key, body);
        Http.Reply again = Orders.place(storefront, key, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
        assertThat(again.header("Idempotent-Replayed")).hasValue("true");
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void requests_sent_at_once_with_one_idempotency_key_place_one_order_and_all_get_it() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Orders.body("tok_visa", Map.of("NB-018", 1));
        ExecutorService storefronts = Executors.newFixedThreadPool(6);
        try {
            List<Future<Http.Reply>> sent = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sent.add(storefronts.submit(() -> Orders.place(storefront, key, body)));
            }
            List<Http.Reply> replies = new ArrayList<>();
            for (Future<Http.Reply> reply : sent) {
                replies.add(reply.get(30, TimeUnit.SECONDS));
            }

            // A duplicate arriving while the first is being placed waits for it, then replays it.
            assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as(reply.toString()).isEqualTo(201));
            assertThat(replies.stream().map(reply -> reply.json().get("id").asText()).distinct()).hasSize(1);
            assertThat(replies.stream().filter(reply -> reply.header("Idempotent-Replayed").isEmpty())).hasSize(1);
        } finally {
            storefronts.shutdownNow();
        }
    }

    @Test
    void the_same_idempotency_key_with_another_body_is_refused() {
        String key = UUID.randomUUID().toString();
        Orders.place(storefront, key, Orders.body("tok_visa", Map.of("NB-018", 1)));

        Http.Reply other = Orders.place(storefront, key, Orders.body("tok_visa", Map.of("NB-018", 2)));

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.json().get("type").asText()).endsWith("/idempotency-key-reused");
    }

    @Test
    void staff_see_every_order_in_the_list_newest_first() {
        String orderId = Orders.place(storefront, Orders.body("tok_visa", Map.of("PN-019", 1))).json().get("id").asText();

        Http.Reply list = Http.send(Http.api("orders?limit=5", Http.staffToken()).GET());

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items").get(0).get("id").asText()).isEqualTo(orderId);
        assertThat(list.json().get("items")).hasSizeLessThanOrEqualTo(5);
    }
}
