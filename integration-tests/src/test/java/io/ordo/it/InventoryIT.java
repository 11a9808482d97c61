package io.ordo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Stock by hand: adjustments with a reason (ledger, audit log, reporting), the refusals that keep
 * reserved within on hand, If-Match, adjustments racing with reservations, the ledger newest first,
 * and the reconciliation of the levels with the ledger. Every test makes its own products.
 */
class InventoryIT extends PackagedServer {

    private final String storefront = Http.storefrontToken();
    private final String staff = Http.staffToken();
    private final String admin = Http.adminToken();

    @Test
    void an_adjustment_moves_the_level_goes_into_the_ledger_and_the_audit_log_and_reaches_the_reports() {
        String sku = Stock.newProduct(admin, 0);
        JsonNode empty = Stock.level(staff, sku);
        assertThat(empty.get("onHand").asInt()).isZero();
        assertThat(empty.get("lowStock").asBoolean()).isTrue();

        Http.Reply received = Stock.adjust(staff, sku, 12, "delivery 4711", null);
        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        Http.Reply counted = Http.send(Http.api("inventory/levels/" + sku + "/adjustments", staff)
                .header("Content-Type", "application/json").header("X-Correlation-Id", "stocktake-" + sku)
                .POST(Http.json(Map.of("change", -2, "reason", "stock-take", "note", "two broken in shelf B2"))));
        assertThat(counted.status()).isEqualTo(200);

        JsonNode level = counted.json().get("level");
        assertThat(level.get("onHand").asInt()).isEqualTo(10);
        assertThat(level.get("available").asInt()).isEqualTo(10);
        assertThat(level.get("lowStock").asBoolean()).isFalse();
        assertThat(counted.header("ETag")).contains("\"" + level.get("version").asLong() + "\"");
        JsonNode ledger = Stock.ledger(staff, sku);
        assertThat(ledger).hasSize(2);
        assertThat(ledger.get(0).get("movement").asText()).isEqualTo("ADJUSTED");
        assertThat(ledger.get(0).get("quantity").asInt()).isEqualTo(-2);
        assertThat(ledger.get(0).get("reason").asText()).isEqualTo("stock-take");
        assertThat(ledger.get(0).get("note").asText()).isEqualTo("two broken in shelf B2");
        assertThat(ledger.get(0).get("actor").asText()).isEqualTo(Stack.staffUser());
        assertThat(ledger.get(1).get("quantity").asInt()).isEqualTo(12);
        assertThat(Orders.available(storefront, sku)).as("the catalogue shows it").isEqualTo(10);

        JsonNode audit = Http.send(Http.api("admin/audit?actor=" + Stack.staffUser() + "&limit=200", admin).GET()).json();
        assertThat(audit.get("items")).anySatisfy(entry -> {
            assertThat(entry.get("correlationId").asText()).isEqualTo("stocktake-" + sku);
            assertThat(entry.get("action").asText()).isEqualTo("StockResource.adjust");
            assertThat(entry.get("target").asText()).isEqualTo(sku);
            assertThat(entry.get("outcome").asInt()).isEqualTo(200);
        });
        await("the stock report to follow").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> Reports.rows(staff, "stock"), rows -> {
                    for (JsonNode row : rows) {
                        if (row.get("sku").asText().equals(sku)) {
                            return row.get("onHand").asInt() == 10;
                        }
                    }
                    return false;
                });
    }

    @Test
    void taking_out_stock_that_is_reserved_for_orders_is_refused_with_409_and_changes_nothing() {
        String sku = Stock.newProduct(admin, 3);
        String order = Orders.place(storefront, Orders.body("tok_visa", Map.of(sku, 2))).json().get("id").asText();
        Orders.awaitStatus(storefront, order, "PAID");
        JsonNode before = Stock.level(staff, sku);
        assertThat(before.get("reserved").asInt()).isEqualTo(2);

        Http.Reply refused = Stock.adjust(staff, sku, -2, "breakage", null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText()).contains("2 are reserved").contains("at most 1");
        assertThat(Stock.level(staff, sku)).isEqualTo(before);
        assertThat(Stock.ledger(staff, sku)).hasSize(2);
        assertThat(Stock.adjust(staff, sku, -4, "lost", null).status()).as("below zero").isEqualTo(409);
        assertThat(Stock.adjust(staff, sku, -1, "breakage", null).status()).isEqualTo(200);
        assertThat(Stock.level(staff, sku).get("available").asInt()).isZero();
    }

    @Test
    void an_adjustment_decided_on_a_level_that_moved_since_is_refused_with_412() {
        String sku = Stock.newProduct(admin, 5);
        String etag = Http.send(Http.api("inventory/levels/" + sku, staff).GET()).header("ETag").orElseThrow();
        assertThat(Stock.adjust(staff, sku, 1, "found one", etag).status()).isEqualTo(200);

        Http.Reply stale = Stock.adjust(staff, sku, 1, "found another", etag);

        assertThat(stale.status()).isEqualTo(412);
        assertThat(Stock.level(staff, sku).get("onHand").asInt()).isEqualTo(6);
        assertThat(Stock.adjust(staff, sku, 1, "found another", "not-a-version").status()).isEqualTo(412);
    }

    @Test
    void adjustments_racing_with_reservations_never_oversell_and_the_ledger_still_adds_up() throws Exception {
        String sku = Stock.newProduct(admin, 20);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> takes = new ArrayList<>();
        List<String> orders = new ArrayList<>();
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                work.add(() -> Stock.adjust(staff, sku, -2, "race", null).status());
            }
            for (int i = 0; i < 12; i++) {
                work.add(() -> {
                    Http.Reply placed = Orders.place(storefront, Orders.body("tok_visa", Map.of(sku, 1)));
                    synchronized (orders) {
                        orders.add(placed.json().get("id").asText());
                    }
                    return placed.status();
                });
            }
            java.util.Collections.shuffle(work);
            for (Callable<Integer> task : work) {
                takes.add(pool.submit(task));
            }
            for (Future<Integer> take : takes) {
                assertThat(take.get(60, TimeUnit.SECONDS)).isIn(200, 201, 409);
            }
        } finally {
            pool.shutdownNow();
        }
        for (String order : orders) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                    List.of("PAID", "FAILED").contains(Orders.read(storefront, order).get("status").asText()));
        }

        JsonNode level = Stock.level(staff, sku);
        long paid = orders.stream().filter(order -> Orders.read(storefront, order).get("status").asText().equals("PAID")).count();
        long adjusted = takes.stream().filter(take -> {
            try {
                return take.get() == 200;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).count();
        assertThat(level.get("reserved").asInt()).isEqualTo((int) paid);
        assertThat(level.get("onHand").asInt()).isEqualTo(20 - 2 * (int) adjusted);
        assertThat(level.get("reserved").asInt()).isBetween(0, level.get("onHand").asInt());
        assertThat(driftOf(reconcile(false), sku)).as("the level is what its ledger adds up to").isNull();
    }

    @Test
    void the_ledger_is_paged_newest_first() {
        String sku = Stock.newProduct(admin, 1);
        for (int i = 2; i <= 5; i++) {
            assertThat(Stock.adjust(staff, sku, 1, "count " + i, null).status()).isEqualTo(200);
        }

        JsonNode first = Http.send(Http.api("inventory/levels/" + sku + "/ledger?limit=3", staff).GET()).json();
        JsonNode second = Http.send(Http.api("inventory/levels/" + sku + "/ledger?limit=3&cursor="
                + first.get("nextCursor").asText(), staff).GET()).json();

        assertThat(first.get("items").findValuesAsText("reason")).containsExactly("count 5", "count 4", "count 3");
        assertThat(second.get("items").findValuesAsText("reason")).containsExactly("count 2", "initial stock");
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(Http.send(Http.api("inventory/levels/NO-SUCH-SKU/ledger", staff).GET()).status()).isEqualTo(404);
    }

    @Test
    void reconcile_reports_a_level_that_drifted_from_its_ledger_and_repairs_it_only_when_asked() throws Exception {
        String sku = Stock.newProduct(admin, 7);
        try (Connection db = Stack.databaseAsSuperuser().getConnection();
             PreparedStatement drift = db.prepareStatement("update inventory.stock_levels set on_hand = on_hand + 5 where sku = ?")) {
            drift.setString(1, sku);
            assertThat(drift.executeUpdate()).isEqualTo(1);
        }

        JsonNode found = driftOf(reconcile(false), sku);
        assertThat(found).isNotNull();
        assertThat(found.get("recordedOnHand").asInt()).isEqualTo(12);
        assertThat(found.get("ledgerOnHand").asInt()).isEqualTo(7);
        assertThat(found.get("repaired").asBoolean()).isFalse();
        assertThat(Stock.level(staff, sku).get("onHand").asInt()).as("a report changes nothing").isEqualTo(12);

        JsonNode repaired = driftOf(reconcile(true), sku);
        assertThat(repaired.get("repaired").asBoolean()).isTrue();
        assertThat(Stock.level(staff, sku).get("onHand").asInt()).isEqualTo(7);
        assertThat(driftOf(reconcile(false), sku)).isNull();
        assertThat(Http.send(Http.api("admin/inventory/reconcile", staff).POST(HttpRequest.BodyPublishers.noBody())).status())
                .as("admins only").isEqualTo(403);
    }

    @Test
    void bad_adjustments_get_a_precise_4xx_and_change_nothing() {
        String sku = Stock.newProduct(admin, 4);

        Http.Reply noReason = Stock.adjustMalformed(staff, sku, -1, null);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").findValuesAsText("field")).contains("reason");
        Http.Reply zero = Stock.adjust(staff, sku, 0, "nothing", null);
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.json().get("errors").findValuesAsText("field")).contains("change");
        assertThat(Stock.uploadMalformed(staff, "inventory/levels/" + sku + "/adjustments", "application/json",
                "{\"change\": \"lots\", \"reason\": \"x\"}").status()).as("wrong type").isEqualTo(400);
        assertThat(Stock.uploadMalformed(staff, "inventory/levels/" + sku + "/adjustments", "application/json",
                "{\"change\": 1, \"reason\": \"x\", \"onHand\": 99}").status()).as("a field that is not the client's").isEqualTo(400);
        assertThat(Stock.uploadMalformed(staff, "inventory/levels/" + sku + "/adjustments", "application/json", "{\"change\": 1,")
                .status()).as("broken JSON").isEqualTo(400);
        assertThat(Stock.adjustMalformed(staff, sku, -1, "r".repeat(501)).status()).as("reason too long").isEqualTo(400);
        assertThat(Stock.adjust(staff, "NO-SUCH-" + UUID.randomUUID().toString().substring(0, 4), 1, "x", null).status())
                .isEqualTo(404);
        assertThat(Stock.adjust(storefront, sku, 1, "x", null).status()).as("storefronts may not").isEqualTo(403);

        assertThat(Stock.level(staff, sku).get("onHand").asInt()).isEqualTo(4);
        assertThat(Stock.ledger(staff, sku)).hasSize(1);
    }

    @Test
    void the_levels_list_is_keyset_paged_and_can_show_low_stock_only() {
        String low = Stock.newProduct(admin, 1);
        String plenty = Stock.newProduct(admin, 50);

        List<String> lowSkus = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = Http.send(Http.api("inventory/levels?lowOnly=true&limit=5"
                    + (cursor == null ? "" : "&cursor=" + cursor), staff).GET()).json();
            assertThat(page.get("items").size()).isLessThanOrEqualTo(5);
            page.get("items").forEach(item -> {
                assertThat(item.get("available").asInt()).isLessThanOrEqualTo(item.get("lowStockThreshold").asInt());
                lowSkus.add(item.get("sku").asText());
            });
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);

        assertThat(lowSkus).contains(low).doesNotContain(plenty).isSorted();
        assertThat(Http.sendMalformed(Http.api("inventory/levels?lowOnly=maybe", staff).GET()).status()).isEqualTo(400);
        assertThat(Http.sendMalformed(Http.api("inventory/levels?limit=1000", staff).GET()).status()).isEqualTo(400);
    }

    private JsonNode reconcile(boolean repair) {
        Http.Reply reply = Http.send(Http.api("admin/inventory/reconcile" + (repair ? "?repair=true" : ""), admin)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode driftOf(JsonNode report, String sku) {
        for (JsonNode drift : report.get("drift")) {
            if (drift.get("sku").asText().equals(sku)) {
                return drift;
            }
        }
        return null;
    }
}
