package io.ordo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cancel, retry and ship, expiry, and the guarantees around them, through the REST API. */
class OrderCommandsIT extends PackagedServer {

    private final String storefront = Http.storefrontToken();
    private final String staff = Http.staffToken();

    @AfterEach
    void gatewayBackToNormal() {
        Sandbox.normal();
    }

    private static Http.Reply command(String token, String orderId, String action, String ifMatch, Object body) {
        return Http.send(commanding(token, orderId, action, ifMatch, body));
    }

    /** A command the document refuses (a required If-Match or body field left out), sent on purpose. */
    private static Http.Reply commandMalformed(String token, String orderId, String action, String ifMatch, Object body) {
        return Http.sendMalformed(commanding(token, orderId, action, ifMatch, body));
    }

    private static HttpRequest.Builder commanding(String token, String orderId, String action, String ifMatch, Object body) {
        var request = Http.api("orders/" + orderId + "/" + action, token).header("Content-Type", "application/json")
                .POST(Http.json(body == null ? Map.of() : body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request;
    }

    private String etagOf(String orderId) {
        return Http.send(Http.api("orders/" + orderId, staff).GET()).header("ETag").orElseThrow();
    }

    private String placePaid(String sku, int quantity) {
        String orderId = Orders.place(storefront, Orders.body("tok_visa", Map.of(sku, quantity))).json().get("id").asText();
        Orders.awaitStatus(storefront, orderId, "PAID");
        return orderId;
    }

    @Test
    void a_storefront_cancels_its_order_while_the_payment_outcome_is_unknown_and_nothing_is_charged() {
        int before = Orders.available(storefront, "WC-005");
        // The gateway authorizes but its answers never arrive in time: the outcome is unknown.
        Sandbox.behave(Map.of("mode", "timeout"));
        String orderId = Orders.place(storefront, Orders.body("tok_visa", Map.of("WC-005", 2))).json().get("id").asText();
        Orders.awaitStatus(storefront, orderId, "RESERVED");
        await("the gateway to have seen the authorization").atMost(Duration.ofSeconds(10))
                .until(() -> Sandbox.count("authorizations", orderId) == 1);

        Http.Reply cancelled = command(storefront, orderId, "cancel", null, Map.of("reason", "customer changed their mind"));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        JsonNode last = cancelled.json().get("history").get(cancelled.json().get("history").size() - 1);
        assertThat(last.get("actor").asText()).isEqualTo("storefront:" + Stack.storefrontId());
        assertThat(last.get("reason").asText()).isEqualTo("customer changed their mind");
        Sandbox.normal();
        // Depending on whether the cancellation or the gateway's answer came first, the
        // authorization is voided, or the capture refunded: either way no money is kept.
        await("reconciliation to settle the payment and give it back").atMost(Duration.ofSeconds(30))
                .until(() -> Orders.read(storefront, orderId).get("paymentStatus").asText(),
                        status -> status.equals("VOIDED") || status.equals("REFUNDED"));
        await("the stock to come back").atMost(Duration.ofSeconds(30))
                .until(() -> Orders.available(storefront, "WC-005") == before);
        assertThat(Sandbox.count("captures", orderId)).isEqualTo(Sandbox.count("refunds", orderId)).isLessThanOrEqualTo(1);
        assertThat(Orders.read(storefront, orderId).get("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void a_storefront_cannot_cancel_a_paid_order_but_staff_can_and_it_is_refunded() {
        int before = Orders.available(storefront, "SP-013");
        String orderId = placePaid("SP-013", 1);

        Http.Reply byStorefront = command(storefront, orderId, "cancel", null, null);
        Http.Reply byStaff = command(staff, orderId, "cancel", etagOf(orderId), Map.of("reason", "damaged in stock"));

        assertThat(byStorefront.status()).isEqualTo(409);
        assertThat(byStorefront.json().get("detail").asText()).contains("PAID").contains("staff");
        assertThat(byStaff.status()).as(byStaff.toString()).isEqualTo(200);
        assertThat(byStaff.json().get("status").asText()).isEqualTo("CANCELLED");
        await("the refund").atMost(Duration.ofSeconds(30))
                .until(() -> Orders.read(storefront, orderId).get("paymentStatus").asText().equals("REFUNDED"));
        await("the stock to be returned").atMost(Duration.ofSeconds(30))
                .until(() -> Orders.available(storefront, "SP-013") == before);
        assertThat(Sandbox.count("captures", orderId)).isEqualTo(1);
        assertThat(Sandbox.count("refunds", orderId)).isEqualTo(1);
    }

    @Test
    void staff_commands_need_the_current_etag() {
        String orderId = placePaid("MC-014", 1);
        String etag = etagOf(orderId);

        Http.Reply missing = commandMalformed(staff, orderId, "ship", null, Map.of("carrier", "DHL", "trackingNumber", "JD01"));
        Http.Reply stale = command(staff, orderId, "ship", "\"0\"", Map.of("carrier", "DHL", "trackingNumber", "JD01"));
        Http.Reply anyVersion = command(staff, orderId, "ship", "*", Map.of("carrier", "DHL", "trackingNumber", "JD01"));
        Http.Reply current = command(staff, orderId, "ship", etag, Map.of("carrier", "DHL", "trackingNumber", "JD01"));

        assertThat(missing.status()).isEqualTo(428);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("detail").asText()).contains("changed since you read it");
        assertThat(anyVersion.status()).as("* names no version, so it cannot stand for one").isEqualTo(428);
        assertThat(anyVersion.json().get("detail").asText()).contains("If-Match: *");
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.header("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
    }

    @Test
    void a_read_with_the_current_etag_in_if_none_match_is_304_and_one_with_an_old_etag_gets_the_order() {
        String orderId = placePaid("MC-014", 1);
        String etag = etagOf(orderId);

        Http.Reply unchanged = Http.send(Http.api("orders/" + orderId, staff).header("If-None-Match", etag).GET());
        Http.Reply stale = Http.send(Http.api("orders/" + orderId, staff).header("If-None-Match", "\"-1\"").GET());
        Http.Reply stock = Http.send(Http.api("inventory/levels/MC-014", staff).GET());
        Http.Reply stockUnchanged = Http.send(Http.api("inventory/levels/MC-014", staff)
                .header("If-None-Match", stock.header("ETag").orElseThrow()).GET());

        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.raw().body()).isEmpty();
        assertThat(unchanged.header("ETag")).hasValue(etag);
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.json().get("id").asText()).isEqualTo(orderId);
        assertThat(stockUnchanged.status()).isEqualTo(304);
    }

    @Test
    void staff_ship_a_paid_order_once_and_it_keeps_carrier_and_tracking_number() {
        String orderId = placePaid("SS-015", 1);

        Http.Reply shipped = command(staff, orderId, "ship", etagOf(orderId), Map.of("carrier", "UPS", "trackingNumber", "1Z999AA1"));
        Http.Reply again = command(staff, orderId, "ship", etagOf(orderId), Map.of("carrier", "UPS", "trackingNumber", "1Z999AA1"));

        assertThat(shipped.json().get("status").asText()).isEqualTo("SHIPPED");
        assertThat(shipped.json().get("shipment").get("carrier").asText()).isEqualTo("UPS");
        assertThat(shipped.json().get("shipment").get("trackingNumber").asText()).isEqualTo("1Z999AA1");
        assertThat(shipped.json().get("actions")).isEmpty();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).endsWith("/illegal-transition");
        assertThat(again.json().get("detail").asText()).contains("SHIPPED").contains("ship");
    }

    @Test
    void storefronts_cannot_ship_or_retry_and_shipping_needs_carrier_and_tracking() {
        String orderId = placePaid("NB-018", 1);

        assertThat(commandMalformed(storefront, orderId, "ship", null, Map.of("carrier", "x", "trackingNumber", "y")).status()).isEqualTo(403);
        assertThat(commandMalformed(storefront, orderId, "retry", null, null).status()).isEqualTo(403);
        Http.Reply noTracking = commandMalformed(staff, orderId, "ship", etagOf(orderId), Map.of("carrier", "DHL"));
        assertThat(noTracking.status()).isEqualTo(400);
        assertThat(noTracking.json().get("errors").findValuesAsText("field")).containsExactly("trackingNumber");
    }

    @Test
    void a_failed_order_is_retried_through_the_whole_pipeline_with_a_new_payment_attempt() {
        String orderId = Orders.place(storefront, Orders.body("tok_decline", Map.of("PB-017", 1))).json().get("id").asText();
        Orders.awaitStatus(storefront, orderId, "FAILED");

        Http.Reply retried = command(staff, orderId, "retry", etagOf(orderId), Map.of("reason", "customer called"));

        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().get("status").asText()).as("validated again as it was retried").isEqualTo("VALIDATED");
        await("the retried order to fail again on the same declined card").atMost(Duration.ofSeconds(30))
                .until(() -> Orders.read(storefront, orderId).get("history").size() == 8);
        JsonNode order = Orders.read(storefront, orderId);
        assertThat(order.get("history").findValuesAsText("to")).containsExactly(
                "CREATED", "VALIDATED", "RESERVED", "FAILED", "CREATED", "VALIDATED", "RESERVED", "FAILED");
        assertThat(Sandbox.count("declines", orderId)).isEqualTo(2);
        assertThat(Sandbox.count("captures", orderId)).isZero();
    }

    @Test
    void an_unpaid_reservation_expires_and_its_stock_comes_back_and_a_retry_pays_once() throws Exception {
        int before = Orders.available(storefront, "HB-012");
        String orderId;
        // The payment is never even registered (the payments consumer cannot write), so the
        // gateway never holds money for it: the stock hold runs out unpaid.
        paymentsMayWrite(false);
        try {
            orderId = Orders.place(storefront, Orders.body("tok_visa", Map.of("HB-012", 3))).json().get("id").asText();
            JsonNode expired = Orders.awaitStatus(storefront, orderId, "EXPIRED");
            assertThat(expired.get("history").findValuesAsText("to")).containsExactly("CREATED", "VALIDATED", "RESERVED", "EXPIRED");
            assertThat(expired.get("paymentStatus").asText()).isEqualTo("NONE");
        } finally {
            paymentsMayWrite(true);
        }
        await("the stock to come back").atMost(Duration.ofSeconds(30))
                .until(() -> Orders.available(storefront, "HB-012") == before);

        Http.Reply retried = command(staff, orderId, "retry", etagOf(orderId), null);
        assertThat(retried.status()).isEqualTo(200);
        Orders.awaitStatus(storefront, orderId, "PAID");
        assertThat(Sandbox.count("captures", orderId)).isEqualTo(1);
        assertThat(Orders.available(storefront, "HB-012")).isEqualTo(before - 3);
    }

    private static void paymentsMayWrite(boolean allowed) throws java.sql.SQLException {
        try (java.sql.Connection db = Stack.databaseAsSuperuser().getConnection()) {
            db.createStatement().executeUpdate(allowed
                    ? "grant insert on payments.payments to ordo"
                    : "revoke insert on payments.payments from ordo");
        }
    }

    @Test
    void a_reserved_order_whose_payment_outcome_is_unknown_waits_past_its_hold_and_is_paid_once() {
        // A healthy gateway first, so the circuit breaker left open by an earlier test has closed.
        placePaid("DK-006", 1);
        Sandbox.behave(Map.of("mode", "timeout"));
        String orderId = Orders.place(storefront, Orders.body("tok_visa", Map.of("DK-006", 1))).json().get("id").asText();
        Orders.awaitStatus(storefront, orderId, "RESERVED");
        await("the authorization to reach the gateway").atMost(Duration.ofSeconds(20))
                .until(() -> Sandbox.count("authorizations", orderId) == 1);
        await("the order to show its payment outcome as unknown").atMost(Duration.ofSeconds(20))
                .until(() -> Orders.read(storefront, orderId).get("paymentStatus").asText().equals("UNKNOWN"));

        // The stock hold is 12 s in these tests: the order must outlive it while the outcome is unknown.
        await("the order to wait past its hold").during(Duration.ofSeconds(15)).atMost(Duration.ofSeconds(25))
                .until(() -> Orders.read(storefront, orderId).get("status").asText().equals("RESERVED"));
        Sandbox.normal();

        Orders.awaitStatus(storefront, orderId, "PAID");
        assertThat(Sandbox.count("captures", orderId)).isEqualTo(1);
        assertThat(Sandbox.count("refunds", orderId)).isZero();
    }

    @Test
    void many_orders_racing_for_the_last_unit_get_exactly_one_reservation() throws Exception {
        int available = Orders.available(storefront, "LS-020");
        assertThat(available).as("the limited edition has one unit in the demo data").isEqualTo(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<CompletableFuture<String>> placed = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            placed.add(CompletableFuture.supplyAsync(() -> Orders.place(storefront,
                    Orders.body("tok_visa", Map.of("LS-020", 1))).json().get("id").asText(), pool));
        }
        List<String> ids = new ArrayList<>();
        for (CompletableFuture<String> id : placed) {
            ids.add(id.get());
        }
        pool.shutdown();

        List<String> outcomes = new ArrayList<>();
        for (String id : ids) {
            outcomes.add(await().atMost(Duration.ofSeconds(60)).until(() -> Orders.read(storefront, id).get("status").asText(),
                    status -> status.equals("PAID") || status.equals("FAILED")));
        }

        assertThat(outcomes).filteredOn("PAID"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("FAILED"::equals).hasSize(9);
        assertThat(Orders.available(storefront, "LS-020")).isZero();
    }

    @Test
    void twenty_concurrent_identical_requests_place_exactly_one_order() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Orders.body("tok_visa", Map.of("CB-011", 1));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<CompletableFuture<Http.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            replies.add(CompletableFuture.supplyAsync(() -> Orders.place(storefront, key, body), pool));
        }
        List<Http.Reply> answers = new ArrayList<>();
        for (CompletableFuture<Http.Reply> reply : replies) {
            answers.add(reply.get());
        }
        pool.shutdown();

        assertThat(answers).allSatisfy(reply -> assertThat(reply.status()).isIn(201, 409));
        assertThat(answers.stream().filter(r -> r.status() == 201).map(r -> r.json().get("id").asText()).distinct())
                .hasSize(1);
        assertThat(answers.stream().filter(r -> r.status() == 201 && r.header("Idempotent-Replayed").isEmpty()))
                .hasSize(1);
        answers.stream().filter(r -> r.status() == 409).forEach(r -> {
            assertThat(r.json().get("type").asText()).endsWith("/idempotent-request-in-flight");
        });
        Http.Reply later = Orders.place(storefront, key, body);
        assertThat(later.status()).isEqualTo(201);
        assertThat(later.header("Idempotent-Replayed")).hasValue("true");
    }

    @Test
    void the_state_machine_is_published() {
        Http.Reply lifecycle = Http.send(Http.api("orders/lifecycle", storefront).GET());

        assertThat(lifecycle.status()).isEqualTo(200);
        assertThat(lifecycle.json().get("transitions")).hasSize(15);
        assertThat(lifecycle.json().get("finalStates").findValuesAsText("")).isEmpty();
        assertThat(lifecycle.raw().body()).contains("\"finalStates\":[\"SHIPPED\",\"CANCELLED\"]");
    }
}
