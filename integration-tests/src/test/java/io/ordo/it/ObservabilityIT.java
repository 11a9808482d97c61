package io.ordo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What an operator of the platform sees: the three health endpoints and their checks, the
 * metrics on /metrics moving with the work, a trace that follows an order from its request into
 * the events it causes (exported over OTLP to a receiver in this JVM), and JSON log records that
 * carry the request's correlation and trace ids on every thread that works for it.
 */
class ObservabilityIT extends PackagedServer {

    private static final SecureRandom RANDOM = new SecureRandom();

    // ---- health

    @Test
    void liveness_readiness_and_startup_each_report_their_checks() {
        JsonNode live = health("live");
        assertThat(live.get("status").asText()).isEqualTo("UP");
        assertThat(check(live, "outbox-relay").get("data").get("state").asText()).isEqualTo("polling");

        JsonNode ready = health("ready");
        assertThat(ready.get("status").asText()).isEqualTo("UP");
        assertThat(names(ready)).contains("database", "broker", "payment-gateway");
        assertThat(check(ready, "payment-gateway").get("data").has("charge")).isTrue();

        JsonNode started = health("started");
        assertThat(started.get("status").asText()).isEqualTo("UP");
        JsonNode startupWork = check(started, "startup-work");
        assertThat(startupWork.get("status").asText()).isEqualTo("UP");
        assertThat(Integer.parseInt(startupWork.get("data").get("schemaVersion").asText()))
                .as("the migrations ran before the server said it had started").isGreaterThanOrEqualTo(30);
    }

    @Test
    void an_open_gateway_circuit_is_reported_while_the_server_stays_ready() {
        String storefront = Http.storefrontToken();
        Sandbox.behave(Map.of("mode", "fail"));
        try {
            await("the charging circuit to open").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        Orders.place(storefront, Orders.body("tok_visa", Map.of("MP-010", 1)));
                        return metric(metrics(), "ordo_gateway_circuit_open", "method=\"charge\"") == 1;
                    });
            Http.Reply ready = Http.send(Http.get(Stack.server().resolve("/health/ready")));
            assertThat(ready.status()).as("an open circuit leaves the server ready: " + ready).isEqualTo(200);
            JsonNode gateway = check(ready.json(), "payment-gateway");
            assertThat(gateway.get("status").asText()).isEqualTo("UP");
            assertThat(gateway.get("data").get("circuit").asText()).isEqualTo("open");
            assertThat(gateway.get("data").get("charge").asText()).startsWith("open since");
        } finally {
            Sandbox.normal();
        }
        // Orders keep coming; once the circuit lets one through it is seen closed again.
        await("the charging circuit to close").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    Orders.place(storefront, Orders.body("tok_visa", Map.of("MP-010", 1)));
                    return metric(metrics(), "ordo_gateway_circuit_open", "method=\"charge\"") == 0;
                });
        assertThat(check(health("ready"), "payment-gateway").get("data").get("circuit").asText()).isEqualTo("closed");
    }

    // ---- metrics

    @Test
    void metrics_move_with_requests_events_and_the_pool() throws IOException {
        String storefront = Http.storefrontToken();
        String before = metrics();
        Files.writeString(Path.of("target", "observability-metrics-before.txt"), before);
        double created = metricOrZero(before, "ordo_http_responses_total",
                "endpoint=\"/orders\"", "method=\"POST\"", "status=\"201\"");
        double applied = metricOrZero(before, "ordo_consumer_delay_seconds_count", "consumer=\"ordering\"");

        String orderId = Orders.place(storefront, Orders.body("tok_visa", Map.of("MP-010", 1))).json().get("id").asText();
        Orders.awaitStatus(storefront, orderId, "PAID");

        String after = metrics();
        Files.writeString(Path.of("target", "observability-metrics.txt"), after);
        assertThat(metric(after, "ordo_http_responses_total", "endpoint=\"/orders\"", "method=\"POST\"", "status=\"201\""))
                .isEqualTo(created + 1);
        assertThat(metric(after, "ordo_consumer_delay_seconds_count", "consumer=\"ordering\"")).isGreaterThan(applied);
        assertThat(after).as("latency histograms per endpoint")
                .containsPattern("(?m)^REST_request_seconds_bucket\\{[^}]*OrderResource[^}]*le=\"0\\.1\"");
        assertThat(after).as("the consumers' delay as a histogram")
                .containsPattern("(?m)^ordo_consumer_delay_seconds_bucket\\{[^}]*consumer=\"payments\"");
        for (String consumer : List.of("ordering", "inventory", "payments", "reporting")) {
            assertThat(metric(after, "ordo_consumer_oldest_pending_seconds", "consumer=\"" + consumer + "\""))
                    .isGreaterThanOrEqualTo(0);
        }
        await("every event of the order to be applied by ordering").atMost(Duration.ofSeconds(30))
                .until(() -> metric(metrics(), "ordo_consumer_pending_events", "consumer=\"ordering\"") == 0);
        assertThat(metric(after, "ordo_orders", "status=\"PAID\"")).isGreaterThanOrEqualTo(1);
        assertThat(metric(after, "ordo_gateway_circuit_open", "method=\"capture\"")).isZero();
        assertThat(after).as("Fault Tolerance's own circuit breaker metrics")
                .containsPattern("(?m)^ft_circuitbreaker_state_total[^{]*\\{[^}]*SandboxGatewayClient\\.charge[^}]*state=\"open\"");
        assertThat(after).as("the connection pool's usage")
                .containsPattern("(?m)^connectionpool_managedConnections\\{[^}]*datasource=\"jdbc_ordo\"");
    }

    // ---- traces

    @Test
    void the_trace_of_an_order_request_continues_into_the_events_it_causes() throws SQLException {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String callerSpan = HexFormat.of().formatHex(randomBytes(8));
        String storefront = Http.storefrontToken();

        String orderId = placeTraced(storefront, "00-" + traceId + "-" + callerSpan + "-01", "obs-" + UUID.randomUUID());
        Orders.awaitStatus(storefront, orderId, "PAID");

        assertThat(envelopeOf(orderId, "OrderCreated")).as("the event carries the request's trace context")
                .contains("\"traceparent\":\"00-" + traceId + "-");

        OtlpReceiver receiver = OtlpReceiver.running();
        List<OtlpReceiver.ReceivedSpan> trace = await("the spans of the order's trace").atMost(Duration.ofSeconds(30))
                .until(() -> receiver.trace(traceId), spans -> spans.stream().anyMatch(span ->
                        span.name().equals("ordering process PaymentCaptured")));
        OtlpReceiver.ReceivedSpan request = trace.stream()
                .filter(span -> span.kind() == SpanKind.SPAN_KIND_SERVER && span.parentSpanId().equals(callerSpan))
                .findFirst().orElseThrow(() -> new AssertionError("no server span under the caller's span in " + trace));
        assertThat(request.name()).contains("POST").contains("orders");
        OtlpReceiver.ReceivedSpan created = trace.stream()
                .filter(span -> span.name().equals("ordering process OrderCreated")).findFirst()
                .orElseThrow(() -> new AssertionError("no consumer span for OrderCreated in " + trace));
        assertThat(created.kind()).isEqualTo(SpanKind.SPAN_KIND_CONSUMER);
        assertThat(created.parentSpanId()).as("the consumer continues the request's span").isEqualTo(request.spanId());
        assertThat(created.attributes()).containsEntry("ordo.aggregate.id", orderId);
        assertThat(trace).extracting(OtlpReceiver.ReceivedSpan::name)
                .as("every context's work on the order is in the one trace")
                .contains("inventory process OrderValidated", "ordering process StockReserved", "payments process OrderReserved",
                        "ordering process PaymentCaptured");
    }

    // ---- logs

    @Test
    void log_records_of_a_request_and_its_events_carry_its_correlation_and_trace_ids() {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String correlationId = "obs-" + UUID.randomUUID();
        String storefront = Http.storefrontToken();

        String orderId = placeTraced(storefront,
                "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01", correlationId);
        Orders.awaitStatus(storefront, orderId, "PAID");

        List<JsonNode> records = await("the order's log records").atMost(Duration.ofSeconds(20))
                .until(() -> jsonLogRecords(correlationId), lines -> lines.stream()
                        .anyMatch(line -> line.get("message").asText().contains(orderId + " OrderPaid")));
        JsonNode placed = records.stream().filter(line -> line.get("message").asText().contains(orderId + " OrderCreated"))
                .findFirst().orElseThrow(() -> new AssertionError("no record of the order's creation in " + records));
        JsonNode paid = records.stream().filter(line -> line.get("message").asText().contains(orderId + " OrderPaid"))
                .findFirst().orElseThrow();
        assertThat(placed.get("ext_traceId").asText()).isEqualTo(traceId);
        assertThat(paid.get("ext_traceId").asText()).as("the events' consumers work in the request's trace").isEqualTo(traceId);
        assertThat(paid.get("ext_spanId").asText()).as("in a span of their own").isNotEqualTo(placed.get("ext_spanId").asText());
        assertThat(paid.get("ibm_threadId").asText()).as("written by a consumer, not the request's thread")
                .isNotEqualTo(placed.get("ibm_threadId").asText());
        assertThat(placed.get("loglevel").asText()).isEqualTo("INFO");
        assertThat(placed.has("ext_spanId")).isTrue();
    }

    // ---- helpers

    private static String placeTraced(String token, String traceparent, String correlationId) {
        Http.Reply reply = Http.send(Http.api("orders", token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("traceparent", traceparent)
                .header("X-Correlation-Id", correlationId)
                .POST(Http.json(Orders.body("tok_visa", Map.of("MP-010", 1)))));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.header("X-Correlation-Id")).contains(correlationId);
        return reply.json().get("id").asText();
    }

    private static String envelopeOf(String orderId, String type) throws SQLException {
        try (Connection db = Stack.databaseAsSuperuser().getConnection();
             PreparedStatement query = db.prepareStatement(
                     "select envelope from platform.outbox where aggregate_id = ? and event_type = ?")) {
            query.setString(1, orderId);
            query.setString(2, type);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("a " + type + " event for " + orderId).isTrue();
                return row.getString(1);
            }
        }
    }

    /** The JSON records of the server's messages.log that carry this correlation id. */
    private static List<JsonNode> jsonLogRecords(String correlationId) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(messagesLog())) {
            if (line.contains(correlationId)) {
                JsonNode record = Http.JSON.readTree(line);
                if (correlationId.equals(record.path("ext_correlationId").asText())) {
                    records.add(record);
                }
            }
        }
        return records;
    }

    private static Path messagesLog() throws IOException {
        Path instance = Path.of(System.getProperty("ordo.it.usrDir")).getParent();
        try (Stream<Path> files = Files.walk(instance)) {
            return files.filter(file -> file.getFileName().toString().equals("messages.log"))
                    .filter(file -> file.toString().contains(OrdoStackSession.SERVER_NAME))
                    .findFirst().orElseThrow(() -> new AssertionError("no messages.log under " + instance));
        }
    }

    private static JsonNode health(String kind) {
        Http.Reply reply = Http.send(Http.get(Stack.server().resolve("/health/" + kind)));
        assertThat(reply.status()).as("/health/" + kind + ": " + reply).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode check(JsonNode health, String name) {
        for (JsonNode check : health.get("checks")) {
            if (check.get("name").asText().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("no check " + name + " in " + health);
    }

    private static List<String> names(JsonNode health) {
        List<String> names = new ArrayList<>();
        health.get("checks").forEach(check -> names.add(check.get("name").asText()));
        return names;
    }

    static String metrics() {
        return Http.send(Http.get(Stack.server().resolve("/metrics"))).raw().body();
    }

    /** The value of the first sample of {@code name} whose labels contain every filter. */
    static double metric(String metrics, String name, String... labelFilters) {
        Matcher line = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(metrics);
        while (line.find()) {
            String labels = line.group(1);
            if (Stream.of(labelFilters).allMatch(labels::contains)) {
                return Double.parseDouble(line.group(2));
            }
        }
        throw new AssertionError("no " + name + " with " + List.of(labelFilters) + " in /metrics");
    }

    private static double metricOrZero(String metrics, String name, String... labelFilters) {
        try {
            return metric(metrics, name, labelFilters);
        } catch (AssertionError absent) {
            return 0;
        }
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
