package io.ordo.client;

import io.ordo.client.model.Health;
import io.ordo.client.model.Money;
import io.ordo.client.model.Order;
import io.ordo.client.model.OrderLifecycle;
import io.ordo.client.model.OrderStatus;
import io.ordo.client.model.OrderSummary;
import io.ordo.client.model.PaymentStatus;
import io.ordo.client.model.Product;
import io.ordo.client.model.Shipment;
import io.ordo.client.model.StatusChange;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads recorded API answers from a local stub server. The same calls against the real server
 * run in the integration suite; here we pin down the protocol: paths, query strings, JSON shapes.
 */
class ReadingResourcesTest {

    private final StubServer server = StubServer.start();
    private final OrdoClient client = OrdoClient.connect(ServerConfig.of(server.baseUri()));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void products_are_read_with_exact_prices_and_unknown_fields_ignored() {
        server.respond("GET", "/api/v1/products", StubResponse.fixture("products-page-1.json"));

        Page<Product> page = client.products();

        assertThat(page.items()).extracting(Product::sku).containsExactly("ORD-KB-001", "ORD-MS-002");
        Product keyboard = page.items().get(0);
        assertThat(keyboard.price()).isEqualTo(Money.of("49.90", "EUR"));
        assertThat(keyboard.price().amount()).isEqualByComparingTo(new BigDecimal("49.90"));
        assertThat(keyboard.price().toString()).isEqualTo("49.90 EUR");
        assertThat(keyboard.available()).isEqualTo(12);
        assertThat(keyboard.active()).isTrue();
        assertThat(page.nextCursor()).isEqualTo("cursor-2");
        assertThat(server.requests("/api/v1/products").get(0).query()).containsEntry("limit", "50");
    }

    @Test
    void an_order_is_read_with_lines_and_history() {
        UUID id = UUID.fromString("3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10");
        server.respond("GET", "/api/v1/orders/" + id, StubResponse.fixture("order.json").withHeader("ETag", "\"4\""));

        Order order = client.order(id);

        assertThat(order.id()).isEqualTo(id);
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(order.customer().email()).isEqualTo("ada@example.org");
        assertThat(order.lines()).hasSize(2);
        assertThat(order.lines().get(0).lineTotal()).isEqualTo(Money.of("99.80", "EUR"));
        assertThat(order.total()).isEqualTo(Money.of("119.70", "EUR"));
        assertThat(order.updatedAt()).isEqualTo(Instant.parse("2025-03-01T14:05:19.250Z"));
        assertThat(order.version()).isEqualTo(4);
        assertThat(order.history()).extracting(StatusChange::to)
                .containsExactly(OrderStatus.CREATED, OrderStatus.VALIDATED, OrderStatus.RESERVED, OrderStatus.PAID);
        assertThat(order.history().get(0).from()).isNull();
        assertThat(order.actions()).containsExactly("cancel", "ship");
        assertThat(order.allows("ship")).isTrue();
        assertThat(order.allows("retry")).isFalse();
        assertThat(order.reservedUntil()).isEqualTo(Instant.parse("2025-03-01T14:20:14Z"));
        assertThat(order.shipment()).isNull();
    }

    @Test
    void a_shipped_order_names_its_carrier_and_tracking_number() {
        UUID id = UUID.fromString("3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10");
        server.respond("GET", "/api/v1/orders/" + id, StubResponse.fixture("order-shipped.json"));

        Order order = client.order(id);

        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.shipment()).isEqualTo(new Shipment("DHL", "JD014600006281"));
        assertThat(order.actions()).isEmpty();
    }

    @Test
    void statuses_the_client_does_not_know_yet_read_as_themselves() {
        UUID id = UUID.fromString("3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10");
        server.respond("GET", "/api/v1/orders/" + id, StubResponse.fixture("order-on-hold.json"));

        Order order = client.order(id);

        assertThat(order.status().name()).isEqualTo("ON_HOLD");
        assertThat(order.status().isKnown()).isFalse();
        assertThat(order.paymentStatus()).hasToString("PARTIALLY_REFUNDED");
        assertThat(order.history()).extracting(StatusChange::to).containsExactly(OrderStatus.CREATED, OrderStatus.of("ON_HOLD"));
        assertThat(order.history().get(0).to().isKnown()).isTrue();
    }

    @Test
    void known_statuses_are_the_same_whether_named_by_the_server_or_by_the_client() {
        assertThat(OrderStatus.of("PAID")).isEqualTo(OrderStatus.PAID).hasSameHashCodeAs(OrderStatus.PAID);
        assertThat(OrderStatus.values()).hasSize(8).startsWith(OrderStatus.CREATED).contains(OrderStatus.CANCELLED);
        assertThat(PaymentStatus.of("UNKNOWN")).isEqualTo(PaymentStatus.UNKNOWN);
        assertThat(PaymentStatus.UNKNOWN.isKnown()).isTrue();
    }

    @Test
    void the_lifecycle_lists_states_final_states_and_transitions() {
        server.respond("GET", "/api/v1/orders/lifecycle", StubResponse.fixture("lifecycle.json"));

        OrderLifecycle lifecycle = client.orderLifecycle();

        assertThat(lifecycle.initial()).isEqualTo(OrderStatus.CREATED);
        assertThat(lifecycle.states()).containsExactly(OrderStatus.values());
        assertThat(lifecycle.finalStates()).containsExactly(OrderStatus.SHIPPED, OrderStatus.CANCELLED);
        assertThat(lifecycle.transitions()).contains(
                new OrderLifecycle.Transition(OrderStatus.PAID, "ship", OrderStatus.SHIPPED),
                new OrderLifecycle.Transition(OrderStatus.FAILED, "retry", OrderStatus.CREATED));
    }

    @Test
    void orders_are_filtered_by_status_in_the_query_string() {
        server.respond("GET", "/api/v1/orders", StubResponse.fixture("orders-page.json"));

        Page<OrderSummary> page = client.orders(OrderQuery.all().withStatus(OrderStatus.PAID).withLimit(20));

        assertThat(server.requests("/api/v1/orders").get(0).query())
                .containsEntry("status", "PAID").containsEntry("limit", "20").doesNotContainKey("cursor");
        assertThat(page.items()).extracting(OrderSummary::customerName)
                .containsExactly("Ada Lovelace", "Bartholomew Featherstonehaugh-Cholmondeley");
        assertThat(page.items().get(1).paymentStatus()).isEqualTo(PaymentStatus.DECLINED);
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void orders_are_filtered_by_customer_time_range_and_text() {
        server.respond("GET", "/api/v1/orders", StubResponse.fixture("orders-page.json"));

        client.orders(OrderQuery.all().withCustomerEmail("ada@example.org")
                .createdBetween(Instant.parse("2025-03-01T00:00:00Z"), Instant.parse("2025-03-02T00:00:00Z"))
                .withText("love lace"));

        assertThat(server.requests("/api/v1/orders").get(0).query())
                .containsEntry("customer", "ada@example.org")
                .containsEntry("from", "2025-03-01T00:00:00Z")
                .containsEntry("to", "2025-03-02T00:00:00Z")
                .containsEntry("q", "love lace")
                .doesNotContainKey("status");
    }

    @Test
    void a_cursor_is_sent_url_encoded() {
        server.respond("GET", "/api/v1/orders", StubResponse.fixture("orders-page-2.json"));

        client.orders(OrderQuery.all().after("a+b/c=="));

        assertThat(server.requests("/api/v1/orders").get(0).rawQuery()).contains("cursor=a%2Bb%2Fc%3D%3D");
        assertThat(server.requests("/api/v1/orders").get(0).query()).containsEntry("cursor", "a+b/c==");
    }

    @Test
    void a_healthy_server_reports_up_with_its_checks() {
        server.respond("GET", "/health", StubResponse.fixture("health-up.json"));

        Health health = client.health();

        assertThat(health.isUp()).isTrue();
        assertThat(health.checks()).extracting(Health.Check::name).containsExactly("database", "broker", "payment-gateway");
        assertThat(health.failingChecks()).isEmpty();
    }

    @Test
    void a_server_answering_503_with_a_health_report_is_down_not_an_error() {
        server.respond("GET", "/health", StubResponse.json(503, io.ordo.client.testing.Fixtures.read("health-down.json")));

        Health health = client.health();

        assertThat(health.isUp()).isFalse();
        assertThat(health.failingChecks()).containsExactly("broker");
    }

    @Test
    void health_needs_no_sign_in() {
        server.respond("GET", "/health", StubResponse.fixture("health-up.json"));

        client.health();

        assertThat(server.requests("/health").get(0).header("Authorization")).isEmpty();
    }
}
