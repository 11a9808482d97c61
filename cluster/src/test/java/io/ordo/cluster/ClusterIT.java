package io.ordo.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Three Ordo servers behind HAProxy on one PostgreSQL primary with a streaming replica and one
 * broker, started once for this class ({@link LocalCluster}), and driven through HAProxy as
 * storefronts and staff would: load spreads, no server holds state another needs, a server
 * killed under load loses no order, every event is relayed and applied once per consumer,
 * expiry runs once although every server runs it, and reports come from the replica.
 *
 * <p>Run with {@code ./mvnw -Pcluster -pl cluster -am verify -DskipTests}; needs Debian's
 * {@code postgresql} and {@code haproxy}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** The events' consumers, one inbox each. */
    private static final List<String> CONSUMERS = List.of("ordering", "inventory", "payments", "reporting");
    /** The event types each consumer acts on, comma-separated (reporting: every type, so none named). */
    private static final List<String> TYPES_APPLIED = List.of(
            "OrderCreated,StockReserved,StockReservationRejected,PaymentCaptured,PaymentDeclined,PaymentInProgress,"
                    + "PaymentVoided,PaymentRefunded",
            "OrderValidated,OrderFailed,OrderCancelled,OrderExpired,OrderShipped",
            "OrderReserved,OrderCancelled,OrderExpired,OrderFailed",
            "");
    private static final Set<String> FINAL = Set.of("PAID", "SHIPPED", "FAILED", "EXPIRED", "CANCELLED");
    private static final Duration RESERVATION = Duration.ofSeconds(40);

    /**
     * The integration tests' fast jobs, so expiry and reconciliation act within the test. Stock
     * is held 40 s: long enough that an order whose server is killed is paid by another server
     * before its hold runs out, short enough that the expiry check does not wait long.
     */
    private static final Map<String, String> TEST_TIMING = Map.of(
            "ordo.inventory.reservation-seconds", Long.toString(RESERVATION.toSeconds()),
            "ordo.ordering.expiry-interval-ms", "500",
            "ordo.payments.reconcile-interval-ms", "500",
            "ordo.payments.reconcile-after-ms", "3000",
            "ordo.gateway.call-timeout-ms", "2000");

    /** Their INFO chatter (a warning per connection a kill cut) would bury the test's output. Kept referenced for JUL. */
    private static final List<Logger> QUIETED = Stream.of("org.apache.activemq", "io.netty")
            .map(name -> {
                Logger logger = Logger.getLogger(name);
                logger.setLevel(Level.SEVERE);
                return logger;
            }).toList();

    private static LocalCluster cluster;
    private static Api balanced;
    private static Instant started;
    private static final Map<String, Object> FIGURES = new TreeMap<>();

    @BeforeAll
    static void startCluster() throws IOException {
        Path data = Path.of(System.getProperty("ordo.cluster.data", "target/cluster-it"))
                .resolve(Long.toString(ProcessHandle.current().pid()));
        Instant begin = Instant.now();
        cluster = LocalCluster.builder(data)
                .wlpHome(Path.of(System.getProperty("ordo.wlp.home")))
                .ear(Path.of(System.getProperty("ordo.ear")))
                .extraVariables(TEST_TIMING)
                .progress(line -> System.out.println("[cluster] " + line))
                .start();
        FIGURES.put("cluster ready (s)", Duration.between(begin, Instant.now()).toSeconds());
        balanced = new Api(cluster.url());
        started = Instant.now();
    }

    @AfterAll
    static void stopCluster() {
        System.out.println("[cluster] figures: " + FIGURES);
        if (cluster != null) {
            cluster.close();
        }
    }

    private static Map<String, String> storefrontCredentials() {
        return Map.of("grant_type", "client_credentials",
                "client_id", cluster.credentials().storefrontClientId(),
                "client_secret", cluster.credentials().storefrontSecret());
    }

    private static String staffToken() {
        return balanced.accessToken(Map.of("grant_type", "password",
                "username", cluster.credentials().staffUser(), "password", cluster.credentials().staffPassword()));
    }

    private static DataSource primary() {
        return cluster.primaryAsSuperuser();
    }

    private static Set<String> serverNames() {
        return cluster.servers().stream().map(LocalCluster.Server::name).collect(Collectors.toSet());
    }

    @Test
    @Order(1)
    void requests_spread_over_every_server() {
        Map<String, Integer> answered = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            Api.Reply reply = balanced.get("/health/ready", null);
            assertThat(reply.status()).isEqualTo(200);
            answered.merge(reply.server(), 1, Integer::sum);
        }
        FIGURES.put("30 requests per server", new TreeMap<>(answered));
        assertThat(answered.keySet()).containsExactlyInAnyOrderElementsOf(serverNames());
        assertThat(answered.values()).as("round robin: 10 each").allMatch(count -> count == 10);
    }

    @Test
    @Order(2)
    void a_token_issued_through_one_server_is_accepted_by_every_server() {
        Api.Reply issued = balanced.token(storefrontCredentials());
        assertThat(issued.status()).isEqualTo(200);
        String token = issued.json().get("access_token").asText();
        for (LocalCluster.Server server : cluster.servers()) {
            Api.Reply products = new Api(server.httpUrl()).get("/api/v1/products?limit=1", token);
            assertThat(products.status()).as("token issued by %s, used on %s", issued.server(), server.name()).isEqualTo(200);
        }
        // And a staff session: signed in through one server, refreshed through another.
        Api.Reply staff = new Api(cluster.servers().get(0).httpUrl()).token(Map.of("grant_type", "password",
                "username", cluster.credentials().staffUser(), "password", cluster.credentials().staffPassword()));
        assertThat(staff.status()).isEqualTo(200);
        Api.Reply refreshed = new Api(cluster.servers().get(1).httpUrl()).token(Map.of("grant_type", "refresh_token",
                "refresh_token", staff.json().get("refresh_token").asText()));
        assertThat(refreshed.status()).as("refresh on another server: %s", refreshed).isEqualTo(200);
        Api.Reply reused = new Api(cluster.servers().get(2).httpUrl()).token(Map.of("grant_type", "refresh_token",
                "refresh_token", staff.json().get("refresh_token").asText()));
        assertThat(reused.status()).as("a rotated refresh token reused on a third server: %s", reused).isEqualTo(400);
    }

    @Test
    @Order(3)
    void an_order_retried_on_another_server_with_the_same_key_is_the_same_order() {
        String token = balanced.accessToken(storefrontCredentials());
        String key = UUID.randomUUID().toString();
        Map<String, Object> order = Api.orderOf("KB-001", 1);
        List<String> ids = new ArrayList<>();
        List<Boolean> replayed = new ArrayList<>();
        for (LocalCluster.Server server : cluster.servers()) {
            Api.Reply reply = new Api(server.httpUrl()).placeOrder(token, key, order);
            assertThat(reply.status()).as("%s: %s", server.name(), reply).isEqualTo(201);
            ids.add(reply.json().get("id").asText());
            replayed.add(reply.replayed());
        }
        assertThat(Set.copyOf(ids)).as("one order for one Idempotency-Key on three servers").hasSize(1);
        assertThat(replayed).containsExactly(false, true, true);
        assertThat(Records.count(primary(), "select count(*) from ordering.idempotency_keys where idempotency_key = ?",
                statement -> statement.setString(1, key))).isEqualTo(1);
        // Another body under the same key, on yet another server: refused, as on one server.
        Api.Reply other = new Api(cluster.servers().get(1).httpUrl()).placeOrder(token, key, Api.orderOf("KB-001", 2));
        assertThat(other.status()).isEqualTo(422);
    }

    @Test
    @Order(4)
    void a_server_killed_under_load_loses_no_order_and_rejoins_after_its_restart() throws Exception {
        int orders = 60;
        Duration between = Duration.ofMillis(100);
        List<String> skus = List.of("WC-005", "DK-006", "CH-007", "HS-004");
        LoadingStorefront storefront = new LoadingStorefront(balanced, storefrontCredentials());
        ScheduledExecutorService threads = Executors.newScheduledThreadPool(6);
        Instant placedSince = Instant.now();
        LocalCluster.Server victim = cluster.servers().get(1);
        try {
            Instant giveUpAt = Instant.now().plus(Duration.ofMinutes(3));
            List<CompletableFuture<LoadingStorefront.Acknowledged>> placing = new ArrayList<>();
            for (int i = 0; i < orders; i++) {
                placing.add(storefront.place(Api.orderOf(skus.get(i % skus.size()), 1), between.multipliedBy(i), giveUpAt, threads));
            }
            await("the first orders to be accepted").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .until(() -> placing.stream().filter(ClusterIT::accepted).count() >= 15);

            Instant killed = Instant.now();
            victim.liberty().kill();
            long acceptedAtKill = placing.stream().filter(ClusterIT::accepted).count();
            await("HAProxy to take " + victim.name() + " out").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                    .until(() -> cluster.balancerStates().get(victim.name()).startsWith("DOWN"));
            FIGURES.put("kill: orders accepted before it", acceptedAtKill);
            FIGURES.put("kill: HAProxy marked the server down after (ms)", Duration.between(killed, Instant.now()).toMillis());

            // While it is down, the other servers take every request.
            Set<String> whileDown = new java.util.HashSet<>();
            for (int i = 0; i < 10; i++) {
                Api.Reply reply = balanced.get("/health/ready", null);
                assertThat(reply.status()).isEqualTo(200);
                whileDown.add(reply.server());
            }
            assertThat(whileDown).doesNotContain(victim.name()).hasSize(cluster.servers().size() - 1);

            Instant restarting = Instant.now();
            victim.liberty().start();
            Duration restart = Duration.between(restarting, Instant.now());
            await("HAProxy to take " + victim.name() + " back").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                    .until(() -> cluster.balancerStates().get(victim.name()).equals("UP"));
            FIGURES.put("kill: restart until ready (s)", restart.toSeconds());
            FIGURES.put("kill: back in HAProxy after the kill (s)", Duration.between(killed, Instant.now()).toSeconds());

            CompletableFuture.allOf(placing.toArray(CompletableFuture[]::new)).get();
            List<LoadingStorefront.Acknowledged> placed = placing.stream().map(CompletableFuture::join).toList();
            FIGURES.put("kill: orders acknowledged", placed.size());
            FIGURES.put("kill: failed attempts retried by the storefront", storefront.failedAttempts.get());
            FIGURES.put("kill: answered by a replay", placed.stream().filter(LoadingStorefront.Acknowledged::replayed).count());
            FIGURES.put("kill: servers that acknowledged orders", new TreeMap<>(placed.stream().collect(
                    Collectors.groupingBy(LoadingStorefront.Acknowledged::server, Collectors.counting()))));

            Map<String, Integer> afterRejoin = new HashMap<>();
            for (int i = 0; i < 30; i++) {
                afterRejoin.merge(balanced.get("/health/ready", null).server(), 1, Integer::sum);
            }
            assertThat(afterRejoin).as("the restarted server takes its share again").containsKey(victim.name());

            List<UUID> ids = placed.stream().map(LoadingStorefront.Acknowledged::orderId).toList();
            assertThat(ids).as("one order per Idempotency-Key").doesNotHaveDuplicates();
            Instant settling = Instant.now();
            await("every acknowledged order to reach a final state").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                    .until(() -> ids.stream().allMatch(id -> FINAL.contains(status(id))));
            FIGURES.put("kill: last order final after the load (s)", Duration.between(settling, Instant.now()).toSeconds());

            SoftAssertions softly = new SoftAssertions();
            softly.assertThat(Records.query(primary(), "select id from ordering.orders where created_at >= ?",
                            statement -> statement.setTimestamp(1, Timestamp.from(placedSince)), row -> row.getObject(1, UUID.class)))
                    .as("orders placed during the load: exactly the acknowledged ones")
                    .containsExactlyInAnyOrderElementsOf(ids);
            JsonNode gateway = balanced.send(balanced.request("/").uri(cluster.sandbox().resolve("/sandbox/stats")).GET()).json();
            for (LoadingStorefront.Acknowledged order : placed) {
                softly.assertThat(Records.query(primary(),
                                "select order_id from ordering.idempotency_keys where client_id = ? and idempotency_key = ?",
                                statement -> {
                                    statement.setString(1, cluster.credentials().storefrontClientId());
                                    statement.setString(2, order.idempotencyKey());
                                }, row -> row.getObject(1, UUID.class)))
                        .as("the order of Idempotency-Key %s", order.idempotencyKey()).containsExactly(order.orderId());
                softly.assertThat(status(order.orderId())).as("order %s", order.orderId()).isEqualTo("PAID");
                softly.assertThat(history(order.orderId())).as("states order %s entered", order.orderId()).doesNotHaveDuplicates();
                softly.assertThat(gateway.path("captures").path(order.orderId().toString()).asLong(0))
                        .as("captures of %s", order.orderId()).isEqualTo(1);
            }
            softly.assertAll();
            assertEveryEventRelayedAndAppliedOncePerConsumer(placedSince);
        } finally {
            threads.shutdownNow();
            if (!victim.liberty().isRunning()) {
                victim.liberty().start(); // the next tests expect three servers
            }
        }
    }

    /**
     * Each outbox row since {@code since} was published, and each of the four consumers that acts on
     * its type recorded it in its inbox exactly once (the inbox's key makes twice impossible; exactly
     * once means none was skipped either) — whichever server relayed and whichever consumed it.
     */
    private static void assertEveryEventRelayedAndAppliedOncePerConsumer(Instant since) {
        await("the outbox to be drained and every consumer to have applied every event")
                .atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(eventsNotAppliedOncePerConsumer(since)).isEmpty());
        long events = Records.count(primary(), "select count(*) from platform.outbox where occurred_at >= ?",
                statement -> statement.setTimestamp(1, Timestamp.from(since)));
        FIGURES.merge("events relayed and applied once by each consumer acting on them", events, (a, b) -> (long) a + (long) b);
        assertThat(events).isPositive();
    }

    /** Events since {@code since} (of {@code type}, or all if null) not applied exactly once by each consumer acting on them. */
    private static List<String> eventsNotAppliedOnce(Instant since, String type) {
        return Records.query(primary(), """
                select o.event_type || ' ' || o.event_id || ' applied ' || count(i.event_id) || ' times by ' || c.consumer
                from platform.outbox o
                join unnest(?::text[], ?::text[]) as c(consumer, types)
                  on c.types = '' or o.event_type = any(string_to_array(c.types, ','))
                left join platform.inbox i on i.event_id = o.event_id and i.consumer = c.consumer
                where o.occurred_at >= ? and (cast(? as text) is null or o.event_type = cast(? as text))
                group by o.event_type, o.event_id, c.consumer
                having count(i.event_id) <> 1
                """, statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("text", CONSUMERS.toArray()));
                    statement.setArray(2, statement.getConnection().createArrayOf("text", TYPES_APPLIED.toArray()));
                    statement.setTimestamp(3, Timestamp.from(since));
                    statement.setString(4, type);
                    statement.setString(5, type);
                }, row -> row.getString(1));
    }

    private static List<String> eventsNotAppliedOncePerConsumer(Instant since) {
        List<String> problems = new ArrayList<>();
        long unpublished = Records.count(primary(), "select count(*) from platform.outbox where occurred_at >= ? and published_at is null",
                statement -> statement.setTimestamp(1, Timestamp.from(since)));
        if (unpublished > 0) {
            problems.add(unpublished + " events not published yet");
        }
        problems.addAll(eventsNotAppliedOnce(since, null));
        return problems;
    }

    @Test
    @Order(5)
    void unpaid_orders_expire_once_although_every_server_runs_the_expiry_job() {
        // No order of an earlier test may still be on its way to payment while payments are barred.
        await("every order to be at rest").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> Records.count(primary(), "select count(*) from ordering.orders where status in ('CREATED', 'VALIDATED', 'RESERVED')",
                        statement -> { }) == 0);
        String token = balanced.accessToken(storefrontCredentials());
        Instant since = Instant.now();
        List<UUID> ids = new ArrayList<>();
        // The payments context cannot register a payment: the orders stay reserved, unpaid, until
        // their hold runs out (the same lever as OrderCommandsIT).
        Records.execute(primary(), "revoke insert on payments.payments from ordo");
        try {
            for (int i = 0; i < 6; i++) {
                Api.Reply reply = balanced.placeOrder(token, UUID.randomUUID().toString(), Api.orderOf("MS-002", 1));
                assertThat(reply.status()).as("%s", reply).isEqualTo(201);
                ids.add(UUID.fromString(reply.json().get("id").asText()));
            }
            await("the unpaid orders to expire").atMost(RESERVATION.plusSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> ids.stream().allMatch(id -> "EXPIRED".equals(status(id))));
        } finally {
            Records.execute(primary(), "grant insert on payments.payments to ordo");
        }
        for (UUID id : ids) {
            assertThat(history(id)).as("states of %s", id).containsExactly("CREATED", "VALIDATED", "RESERVED", "EXPIRED");
            assertThat(Records.count(primary(), "select count(*) from platform.outbox where event_type = 'OrderExpired' and aggregate_id = ?",
                    statement -> statement.setString(1, id.toString()))).as("OrderExpired events of %s", id).isEqualTo(1);
        }
        await("each OrderExpired to be applied once by each consumer acting on it").atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(eventsNotAppliedOnce(since, "OrderExpired")).isEmpty());
        FIGURES.put("expiry: orders expired once each", ids.size());
    }

    @Test
    @Order(6)
    void reports_are_read_from_the_streaming_replica() {
        List<String> replication = Records.query(primary(),
                "select application_name || ' ' || state from pg_stat_replication", row -> row.getString(1));
        assertThat(replication).containsExactly("ordo_replica streaming");
        assertThat(Records.query(cluster.replicaAsSuperuser(), "select pg_is_in_recovery()", row -> row.getBoolean(1)))
                .containsExactly(true);

        String staff = staffToken();
        long paidOnPrimary = Records.count(primary(), "select count(*) from ordering.orders where status = 'PAID'", statement -> { });
        await("the orders-by-status report, read on the replica, to show every paid order")
                .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> paidInReport(staff) == paidOnPrimary);
        Api.Reply freshness = balanced.get("/api/v1/reports/freshness", staff);
        assertThat(freshness.status()).isEqualTo(200);
        FIGURES.put("reports: freshness", freshness.json().toString());

        // Each server answered a report: each has a reporting connection, on the replica only.
        for (int i = 0; i < 6; i++) {
            assertThat(balanced.get("/api/v1/reports/orders/status", staff).status()).isEqualTo(200);
        }
        long onReplica = Records.count(cluster.replicaAsSuperuser(),
                "select count(*) from pg_stat_activity where usename = 'ordo_reporting'", statement -> { });
        long onPrimary = Records.count(primary(),
                "select count(*) from pg_stat_activity where usename = 'ordo_reporting'", statement -> { });
        FIGURES.put("reports: reporting connections on replica / primary", onReplica + " / " + onPrimary);
        assertThat(onReplica).isPositive();
        assertThat(onPrimary).isZero();

        List<String> lag = Records.query(primary(), """
                select coalesce(extract(epoch from replay_lag) * 1000, 0)::bigint || ' ms, '
                       || pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) || ' bytes behind'
                from pg_stat_replication""", row -> row.getString(1));
        FIGURES.put("replica lag (replay_lag, bytes)", lag);
    }

    private static long paidInReport(String staff) {
        Api.Reply report = balanced.get("/api/v1/reports/orders/status", staff);
        if (report.status() != 200) {
            return -1;
        }
        for (JsonNode row : report.json().get("rows")) {
            if ("PAID".equals(row.path("status").asText())) {
                return row.path("orders").asLong();
            }
        }
        return 0;
    }

    private static String status(UUID orderId) {
        return Records.query(primary(), "select status from ordering.orders where id = ?",
                statement -> statement.setObject(1, orderId), row -> row.getString(1)).stream().findFirst().orElse("MISSING");
    }

    private static List<String> history(UUID orderId) {
        return Records.query(primary(), "select to_status from ordering.status_history where order_id = ? order by id",
                statement -> statement.setObject(1, orderId), row -> row.getString(1));
    }

    private static boolean accepted(CompletableFuture<LoadingStorefront.Acknowledged> placing) {
        return placing.isDone() && !placing.isCompletedExceptionally();
    }
}
