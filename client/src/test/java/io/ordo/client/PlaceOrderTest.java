package io.ordo.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.ordo.client.model.Customer;
import io.ordo.client.model.Order;
import io.ordo.client.model.OrderStatus;
import io.ordo.client.model.PlaceOrderRequest;
import io.ordo.client.testing.Fixtures;
import io.ordo.client.testing.RecordedRequest;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaceOrderTest {

    private final StubServer server = StubServer.start();
    private final OrdoClient client = OrdoClient.connect(ServerConfig.of(server.baseUri()));
    private final PlaceOrderRequest request = new PlaceOrderRequest(
            new Customer("Ada Lovelace", "ada@example.org", "+44 20 7946 0000", "12 St James's Square, London"),
            Currency.getInstance("EUR"), "tok_visa", List.of(new PlaceOrderRequest.Line("ORD-KB-001", 2)));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void an_order_is_posted_with_its_idempotency_key_and_the_created_order_is_returned() throws Exception {
        server.respond("POST", "/api/v1/orders", StubResponse.json(201, Fixtures.read("order.json")));

        Order order = client.placeOrder("key-123", request);

        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        RecordedRequest sent = server.requests("/api/v1/orders").get(0);
        assertThat(sent.header("Idempotency-Key")).contains("key-123");
        assertThat(sent.header("Content-Type")).contains("application/json");
        JsonNode body = OrdoJson.newObjectMapper().readTree(sent.body());
        assertThat(body.at("/customer/email").asText()).isEqualTo("ada@example.org");
        assertThat(body.at("/currency").asText()).isEqualTo("EUR");
        assertThat(body.at("/paymentMethod").asText()).isEqualTo("tok_visa");
        assertThat(body.at("/lines/0/sku").asText()).isEqualTo("ORD-KB-001");
        assertThat(body.at("/lines/0/quantity").asInt()).isEqualTo(2);
    }

    @Test
    void an_order_cannot_be_placed_without_an_idempotency_key() {
        assertThatThrownBy(() -> client.placeOrder(" ", request)).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.requests()).isEmpty();
    }
}
