package io.ordo.it;

import static io.ordo.it.Reports.AROUND_TODAY;
import static io.ordo.it.Reports.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reports from the read models, fed by events only: what orders that are paid, declined,
 * cancelled and refunded, and shipped add to sales, payment outcomes, statuses and stock; the
 * stuck orders; CSV; who may read them; and a rebuild from the event history that gives what the
 * live events gave. The monitor (MN-003), chair (CH-007) and SSD (SD-016) are sold by these tests
 * only, so their figures are exact; the other figures are compared before and after.
 */
class ReportsIT extends PackagedServer {

    private static final String MONITOR = "MN-003";
    private static final String CHAIR = "CH-007";
    private static final String SSD = "SD-016";
    private static final String LAMP = "LP-009";

    private final String storefront = Http.storefrontToken();
    private final String staff = Http.staffToken();
    private final String admin = Http.adminToken();

    @AfterEach
    void gatewayBackToNormal() {
        Sandbox.normal();
    }

    @Test
    void paid_declined_refunded_and_shipped_orders_are_counted_in_sales_payments_statuses_and_stock() {
        BigDecimal monitor = Orders.price(storefront, MONITOR);
        BigDecimal chair = Orders.price(storefront, CHAIR);
        BigDecimal ssd = Orders.price(storefront, SSD);
        Reports.awaitQuiet(staff);
        Figures before = Figures.read(staff);

        String twoMonitors = placePaid(Map.of(MONITOR, 2));
        String monitorAndChair = placePaid(Map.of(MONITOR, 1, CHAIR, 1));
        String declined = place("tok_decline", Map.of(SSD, 1));
        Orders.awaitStatus(storefront, declined, "FAILED");
        String refunded = placePaid(Map.of(CHAIR, 2));
        assertThat(command(refunded, "cancel", Map.of("reason", "customer returned it")).status()).isEqualTo(200);
        await("the refund").atMost(Duration.ofSeconds(30))
                .until(() -> Orders.read(storefront, refunded).get("paymentStatus").asText().equals("REFUNDED"));
        assertThat(command(monitorAndChair, "ship", Map.of("carrier", "DHL", "trackingNumber", "RPT-1")).status()).isEqualTo(200);
        Reports.awaitQuiet(staff);

        Figures after = Figures.read(staff);
        assertThat(after.product(MONITOR).minus(before.product(MONITOR)))
                .isEqualTo(new Sales(2, 3, monitor.multiply(BigDecimal.valueOf(3)), 0, 0, BigDecimal.ZERO));
        assertThat(after.product(CHAIR).minus(before.product(CHAIR)))
                .isEqualTo(new Sales(2, 3, chair.multiply(BigDecimal.valueOf(3)), 1, 2, chair.multiply(BigDecimal.valueOf(2))));
        assertThat(after.product(SSD).minus(before.product(SSD))).as("a declined order sells nothing").isEqualTo(Sales.NONE);
        BigDecimal captured = monitor.add(chair).multiply(BigDecimal.valueOf(3));
        assertThat(after.days.minus(before.days))
                .isEqualTo(new Sales(3, 6, captured, 1, 2, chair.multiply(BigDecimal.valueOf(2))));
        assertThat(after.payments("CAPTURED").minus(before.payments("CAPTURED"))).isEqualTo(new Payments(3, captured));
        assertThat(after.payments("DECLINED").minus(before.payments("DECLINED"))).isEqualTo(new Payments(1, ssd));
        assertThat(after.payments("REFUNDED").minus(before.payments("REFUNDED")))
                .isEqualTo(new Payments(1, chair.multiply(BigDecimal.valueOf(2))));
        assertThat(after.payments("VOIDED")).isEqualTo(before.payments("VOIDED"));
        // VALIDATED and EXPIRED are left out: an order another test left VALIDATED may expire meanwhile.
        assertThat(after.statusDeltas(before, "CREATED", "RESERVED", "PAID", "SHIPPED", "FAILED", "CANCELLED"))
                .containsExactly(0L, 0L, 1L, 1L, 1L, 1L);
        assertThat(after.changeDeltas(before, "CREATED", "VALIDATED", "RESERVED", "PAID", "SHIPPED", "FAILED", "CANCELLED"))
                .containsExactly(4L, 4L, 4L, 3L, 1L, 1L, 1L);
        assertThat(Reports.rows(staff, "orders/stuck?status=PAID&limit=200").findValuesAsText("orderId"))
                .contains(twoMonitors).doesNotContain(monitorAndChair, refunded);
    }

    @Test
    void stock_levels_follow_the_catalogue_with_low_stock_and_days_of_cover() {
        Reports.awaitQuiet(staff);
        JsonNode before = stockOf(MONITOR);
        placePaid(Map.of(MONITOR, 1));
        Reports.awaitQuiet(staff);

        JsonNode after = stockOf(MONITOR);
        int available = Orders.available(storefront, MONITOR);
        assertThat(after.get("available").asInt()).isEqualTo(available);
        assertThat(after.get("onHand").asInt()).isEqualTo(before.get("onHand").asInt());
        assertThat(after.get("reserved").asInt()).isEqualTo(before.get("reserved").asInt() + 1);
        assertThat(after.get("name").asText()).isEqualTo("27\" monitor");
        long sold = after.get("soldInPeriod").asLong();
        assertThat(sold).isEqualTo(before.get("soldInPeriod").asLong() + 1);
        assertThat(new BigDecimal(after.get("daysOfCover").asText())).isEqualByComparingTo(
                BigDecimal.valueOf(available * 14L).divide(BigDecimal.valueOf(sold), 1, RoundingMode.HALF_UP));
        JsonNode every = Reports.rows(staff, "stock");
        assertThat(every.findValuesAsText("sku")).as("the start-up announcement covers the whole catalogue")
                .contains("KB-001", "DS-008", "LS-020", "OLD-021").hasSizeGreaterThanOrEqualTo(21);
        JsonNode low = Reports.rows(staff, "stock?lowOnly=true&threshold=" + available);
        assertThat(low.findValuesAsText("sku")).contains(MONITOR);
        assertThat(low).allSatisfy(row -> assertThat(row.get("available").asInt()).isLessThanOrEqualTo(available));
        assertThat(Reports.rows(staff, "stock?lowOnly=true&threshold=" + (available - 1)).findValuesAsText("sku"))
                .doesNotContain(MONITOR);
    }

    @Test
    void an_order_the_gateway_holds_is_among_the_stuck_orders_with_its_time_in_status() {
        Sandbox.behave(Map.of("mode", "timeout"));
        String held = place("tok_visa", Map.of(LAMP, 1));
        try {
            Orders.awaitStatus(storefront, held, "RESERVED");

            JsonNode stuck = await("the held order to be stuck for 2 s").atMost(Duration.ofSeconds(10))
                    .until(() -> Reports.rows(staff, "orders/stuck?status=RESERVED&minAge=PT2S"),
                            rows -> rows.findValuesAsText("orderId").contains(held));

            JsonNode row = only(stuck, where("orderId", held));
            assertThat(row.get("status").asText()).isEqualTo("RESERVED");
            assertThat(row.get("secondsInStatus").asLong()).isGreaterThanOrEqualTo(2);
            assertThat(new BigDecimal(row.get("total").asText())).isEqualByComparingTo(Orders.price(storefront, LAMP));
            assertThat(row.get("currency").asText()).isEqualTo("EUR");
            assertThat(Reports.rows(staff, "orders/stuck?minAge=PT1H").findValuesAsText("orderId")).doesNotContain(held);
            assertThat(Reports.rows(staff, "orders/stuck?status=PAID").findValuesAsText("orderId")).doesNotContain(held);
            List<String> since = Reports.rows(staff, "orders/stuck?limit=200").findValuesAsText("since");
            assertThat(since).as("oldest first").isSortedAccordingTo((a, b) -> Instant.parse(a).compareTo(Instant.parse(b)));
            assertPagesVisitEveryStuckOrderOnce();
        } finally {
            Sandbox.normal();
            awaitSettled(held);
        }
    }

    @Test
    void reports_are_exported_as_csv_with_their_freshness_in_headers() {
        placePaid(Map.of(MONITOR, 1));
        Reports.awaitQuiet(staff);

        Http.Reply byFormat = Reports.get(staff, "sales/products?format=csv&sku=" + MONITOR + "&" + AROUND_TODAY);
        Http.Reply byAccept = Http.send(Http.api("reports/stock", staff).header("Accept", "text/csv").GET());

        assertThat(byFormat.status()).isEqualTo(200);
        assertThat(byFormat.contentType()).startsWith("text/csv");
        assertThat(Long.parseLong(byFormat.header("Report-As-Of-Event").orElseThrow())).isPositive();
        assertThat(Instant.parse(byFormat.header("Report-As-Of-Time").orElseThrow())).isBefore(Instant.now());
        List<List<String>> sales = Reports.csv(byFormat.raw().body());
        assertThat(sales.get(0)).containsExactly("day", "sku", "name", "currency", "orders", "quantity", "revenue",
                "refundedOrders", "refundedQuantity", "refunds");
        JsonNode json = Reports.rows(staff, "sales/products?sku=" + MONITOR + "&" + AROUND_TODAY);
        List<List<String>> lines = sales.subList(1, sales.size());
        assertThat(lines).hasSize(json.size()).allSatisfy(line -> {
            assertThat(line.get(1)).isEqualTo(MONITOR);
            assertThat(line.get(2)).as("a name with a quote survives the quoting").isEqualTo("27\" monitor");
        });
        assertThat(lines.stream().mapToLong(line -> Long.parseLong(line.get(5))).sum())
                .isEqualTo(Reports.sum(json, row -> true, "quantity"));
        assertThat(lines.stream().map(line -> new BigDecimal(line.get(6))).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(Reports.amount(json, row -> true, "revenue"));
        assertThat(byAccept.status()).isEqualTo(200);
        assertThat(byAccept.contentType()).startsWith("text/csv");
        List<List<String>> stock = Reports.csv(byAccept.raw().body());
        assertThat(stock.get(0)).containsExactly("sku", "name", "onHand", "reserved", "available", "lowStock",
                "soldInPeriod", "daysOfCover");
        assertThat(stock).filteredOn(line -> line.get(0).equals(MONITOR)).singleElement()
                .satisfies(line -> assertThat(Integer.parseInt(line.get(4))).isEqualTo(Orders.available(storefront, MONITOR)));
    }

    @Test
    void only_staff_and_admins_read_reports_and_only_admins_rebuild_them() {
        assertForbidden(Reports.get(storefront, "sales"));
        assertForbidden(Reports.get(storefront, "orders/stuck"));
        assertForbidden(Http.send(Http.api("admin/reports/rebuild", staff).POST(HttpRequest.BodyPublishers.noBody())));
        assertThat(Reports.get(staff, "orders/status").status()).isEqualTo(200);
        assertThat(Reports.get(admin, "orders/status").status()).isEqualTo(200);
        assertThat(Http.send(Http.api("reports/orders/status").GET()).status()).isEqualTo(401);
    }

    @Test
    void bad_parameters_are_400_naming_each_one() {
        assertInvalid(Reports.getMalformed(staff, "sales?from=2026-02-30"), "from");
        assertInvalid(Reports.get(staff, "sales?from=2026-11-30&to=2026-11-01"), "from");
        assertInvalid(Reports.get(staff, "sales?from=2020-01-01&to=2026-01-01"), "to");
        assertInvalid(Reports.getMalformed(staff, "payments?currency=euro"), "currency");
        assertInvalid(Reports.getMalformed(staff, "orders/status?format=xml"), "format");
        assertInvalid(Reports.getMalformed(staff, "orders/stuck?minAge=soon&status=LOST"), "minAge", "status");
        assertInvalid(Reports.getMalformed(staff, "stock?threshold=-1&coverDays=0&lowOnly=maybe"), "coverDays", "lowOnly", "threshold");
        assertThat(Reports.get(staff, "orders/stuck?cursor=not-a-cursor").status()).isEqualTo(400);
        assertThat(Reports.getMalformed(staff, "orders/stuck?limit=100000").status()).isEqualTo(400);
    }

    @Test
    void a_rebuild_from_the_event_history_gives_what_the_live_events_gave() {
        placeOrdersOfEveryOutcome();
        JsonNode liveBefore = Reports.freshness(staff);
        RebuildComparison quiet = await("a rebuild during which no event came").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(100))
                .until(this::rebuildAndCompare, RebuildComparison::nothingHappenedMeanwhile);

        assertThat(quiet.after()).isEqualTo(quiet.before());
        assertThat(quiet.rebuild().get("status").asText()).isEqualTo("LIVE");
        assertThat(quiet.rebuild().get("generation").asInt()).isGreaterThan(liveBefore.get("generation").asInt());
        assertThat(quiet.rebuild().get("replayedThrough").asLong()).isEqualTo(quiet.asOfEvent());
        assertThat(quiet.rebuild().get("eventsApplied").asLong()).isPositive();
        JsonNode liveAfter = Reports.freshness(staff);
        assertThat(liveAfter.get("generation").asInt()).isEqualTo(quiet.rebuild().get("generation").asInt());
        assertThat(liveAfter.get("asOfEvent").asLong()).isEqualTo(quiet.asOfEvent());
    }

    @Test
    void an_order_paid_while_a_rebuild_runs_is_counted_once() {
        Reports.awaitQuiet(staff);
        Sales before = Figures.read(staff).product(SSD);

        String location = startRebuild();
        String order = placePaid(Map.of(SSD, 1));
        JsonNode rebuild = awaitRebuilt(location);
        Reports.awaitQuiet(staff);

        assertThat(rebuild.get("status").asText()).isEqualTo("LIVE");
        assertThat(Figures.read(staff).product(SSD).minus(before))
                .isEqualTo(new Sales(1, 1, Orders.price(storefront, SSD), 0, 0, BigDecimal.ZERO));
        assertThat(Reports.rows(staff, "orders/stuck?status=PAID&limit=200").findValuesAsText("orderId")).contains(order);
    }

    /** Whatever ran before, the history holds orders shipped, declined, and cancelled with a refund. */
    private void placeOrdersOfEveryOutcome() {
        String shipped = placePaid(Map.of(SSD, 1));
        assertThat(command(shipped, "ship", Map.of("carrier", "UPS", "trackingNumber", "RPT-2")).status()).isEqualTo(200);
        Orders.awaitStatus(storefront, place("tok_decline", Map.of(SSD, 1)), "FAILED");
        String refunded = placePaid(Map.of(SSD, 2));
        assertThat(command(refunded, "cancel", Map.of("reason", "changed their mind")).status()).isEqualTo(200);
        await("the refund").atMost(Duration.ofSeconds(30))
                .until(() -> Orders.read(storefront, refunded).get("paymentStatus").asText().equals("REFUNDED"));
    }

    /** The reports before a rebuild and after it, and whether any event came in between. */
    private record RebuildComparison(Map<String, JsonNode> before, Map<String, JsonNode> after, JsonNode rebuild,
                                     long asOfEvent, boolean nothingHappenedMeanwhile) {
    }

    private RebuildComparison rebuildAndCompare() {
        Reports.awaitQuiet(staff);
        long asOfBefore = Reports.freshness(staff).get("asOfEvent").asLong();
        Map<String, JsonNode> before = Reports.everyReport(staff);
        JsonNode rebuild = awaitRebuilt(startRebuild());
        Map<String, JsonNode> after = Reports.everyReport(staff);
        JsonNode freshness = Reports.freshness(staff);
        boolean quiet = freshness.get("asOfEvent").asLong() == asOfBefore && freshness.get("lagEvents").asLong() == 0;
        return new RebuildComparison(before, after, rebuild, asOfBefore, quiet);
    }

    /** Starts a rebuild, once one started by another test has finished (409 meanwhile). */
    private String startRebuild() {
        Http.Reply started = await("no other rebuild to be running").atMost(Duration.ofSeconds(60))
                .until(() -> Http.send(Http.api("admin/reports/rebuild", admin).POST(HttpRequest.BodyPublishers.noBody())),
                        reply -> reply.status() != 409);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().get("status").asText()).isEqualTo("BUILDING");
        assertThat(started.json().get("requestedBy").asText()).isEqualTo(Stack.adminUser());
        return started.header("Location").orElseThrow();
    }

    private JsonNode awaitRebuilt(String location) {
        return await("the rebuild to go live").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> Http.send(HttpRequest.newBuilder(URI.create(location))
                                .header("Authorization", "Bearer " + admin).GET()).json(),
                        rebuild -> {
                            assertThat(rebuild.get("status").asText()).as(rebuild.toString()).isNotEqualTo("FAILED");
                            return rebuild.get("status").asText().equals("LIVE");
                        });
    }

    private void assertPagesVisitEveryStuckOrderOnce() {
        List<String> all = Reports.rows(staff, "orders/stuck?limit=200").findValuesAsText("orderId");
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = Reports.read(staff, "orders/stuck?limit=10" + (cursor == null ? "" : "&cursor=" + cursor));
            page.get("rows").forEach(row -> paged.add(row.get("orderId").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null && paged.size() <= all.size());
        assertThat(paged).containsExactlyElementsOf(all);
    }

    /** Waits until the held order's payment outcome is known and given back or kept, so no event of it comes later. */
    private void awaitSettled(String orderId) {
        await("the held order to settle").atMost(Duration.ofSeconds(60)).until(() -> Orders.read(storefront, orderId),
                order -> order.get("status").asText().equals("PAID")
                        && order.get("paymentStatus").asText().equals("CAPTURED")
                        || List.of("VOIDED", "REFUNDED").contains(order.get("paymentStatus").asText()));
    }

    private String place(String paymentMethod, Map<String, Integer> lines) {
        Http.Reply placed = Orders.place(storefront, Orders.body(paymentMethod, lines));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.json().get("id").asText();
    }

    private String placePaid(Map<String, Integer> lines) {
        String orderId = place("tok_visa", lines);
        Orders.awaitStatus(storefront, orderId, "PAID");
        return orderId;
    }

    private Http.Reply command(String orderId, String action, Map<String, String> body) {
        String etag = Http.send(Http.api("orders/" + orderId, staff).GET()).header("ETag").orElseThrow();
        return Http.send(Http.api("orders/" + orderId + "/" + action, staff).header("Content-Type", "application/json")
                .header("If-Match", etag).POST(Http.json(body)));
    }

    private JsonNode stockOf(String sku) {
        return only(Reports.rows(staff, "stock"), where("sku", sku));
    }

    private static JsonNode only(JsonNode rows, Predicate<JsonNode> which) {
        List<JsonNode> matching = new ArrayList<>();
        rows.forEach(row -> {
            if (which.test(row)) {
                matching.add(row);
            }
        });
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static void assertForbidden(Http.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asText()).endsWith("/forbidden");
    }

    private static void assertInvalid(Http.Reply reply, String... fields) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asText()).endsWith("/validation");
        assertThat(reply.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(fields);
    }

    /** Sales figures summed over rows; amounts compared as numbers, whatever their scale. */
    private record Sales(long orders, long quantity, BigDecimal revenue, long refundedOrders, long refundedQuantity,
                         BigDecimal refunds) {

        static final Sales NONE = new Sales(0, 0, BigDecimal.ZERO, 0, 0, BigDecimal.ZERO);

        static Sales of(JsonNode rows, Predicate<JsonNode> which) {
            return new Sales(Reports.sum(rows, which, "orders"), Reports.sum(rows, which, "quantity"),
                    Reports.amount(rows, which, "revenue"), Reports.sum(rows, which, "refundedOrders"),
                    Reports.sum(rows, which, "refundedQuantity"), Reports.amount(rows, which, "refunds"));
        }

        Sales minus(Sales earlier) {
            return new Sales(orders - earlier.orders, quantity - earlier.quantity, revenue.subtract(earlier.revenue),
                    refundedOrders - earlier.refundedOrders, refundedQuantity - earlier.refundedQuantity,
                    refunds.subtract(earlier.refunds));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Sales that && orders == that.orders && quantity == that.quantity
                    && revenue.compareTo(that.revenue) == 0 && refundedOrders == that.refundedOrders
                    && refundedQuantity == that.refundedQuantity && refunds.compareTo(that.refunds) == 0;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(orders * 31 + quantity);
        }
    }

    /** Payments of one outcome summed over rows. */
    private record Payments(long payments, BigDecimal amount) {

        Payments minus(Payments earlier) {
            return new Payments(payments - earlier.payments, amount.subtract(earlier.amount));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Payments that && payments == that.payments && amount.compareTo(that.amount) == 0;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(payments);
        }
    }

    /** The figures a test compares before and after what it did, summed over the days around today. */
    private record Figures(Sales days, JsonNode products, JsonNode payments, JsonNode statuses, JsonNode changes) {

        static Figures read(String token) {
            return new Figures(Sales.of(Reports.rows(token, "sales?currency=EUR&" + AROUND_TODAY), row -> true),
                    Reports.rows(token, "sales/products?" + AROUND_TODAY),
                    Reports.rows(token, "payments?" + AROUND_TODAY),
                    Reports.rows(token, "orders/status"),
                    Reports.rows(token, "orders/status-changes?" + AROUND_TODAY));
        }

        Sales product(String sku) {
            return Sales.of(products, where("sku", sku));
        }

        Payments payments(String outcome) {
            return new Payments(Reports.sum(payments, where("outcome", outcome), "payments"),
                    Reports.amount(payments, where("outcome", outcome), "amount"));
        }

        List<Long> statusDeltas(Figures earlier, String... statuses) {
            List<Long> deltas = new ArrayList<>();
            for (String status : statuses) {
                deltas.add(Reports.sum(this.statuses, where("status", status), "orders")
                        - Reports.sum(earlier.statuses, where("status", status), "orders"));
            }
            return deltas;
        }

        List<Long> changeDeltas(Figures earlier, String... statuses) {
            List<Long> deltas = new ArrayList<>();
            for (String status : statuses) {
                deltas.add(Reports.sum(changes, where("status", status), "changes")
                        - Reports.sum(earlier.changes, where("status", status), "changes"));
            }
            return deltas;
        }
    }
}
