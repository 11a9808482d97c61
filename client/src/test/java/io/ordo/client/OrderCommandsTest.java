package io.ordo.client;

import io.ordo.client.model.Order;
import io.ordo.client.model.OrderStatus;
import io.ordo.client.model.Shipment;
import io.ordo.client.testing.RecordedRequest;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Cancel, retry and ship: each names the version it was decided on, and a stale one is refused as a conflict. */
class OrderCommandsTest {

    private static final UUID ORDER_ID = UUID.fromString("3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10");
    private static final String ORDER_PATH = "/api/v1/orders/" + ORDER_ID;

    private final StubServer server = StubServer.start()
            .respond("GET", ORDER_PATH, StubResponse.fixture("order.json").withHeader("ETag", "\"4\""));
    private final OrdoClient client = OrdoClient.connect(ServerConfig.of(server.baseUri()));

    @AfterEach
    void stop() {
        server.close();
    }

    private RecordedRequest onlyRequestTo(String path) {
        assertThat(server.requests(path)).hasSize(1);
        return server.requests(path).get(0);
    }

    @Test
    void ship_sends_the_version_it_was_read_at_and_returns_the_shipped_order() {
        server.respond("POST", ORDER_PATH + "/ship", StubResponse.fixture("order-shipped.json"));
        Order paid = client.order(ORDER_ID);

        Order shipped = client.shipOrder(paid, new Shipment("DHL", "JD014600006281"));

        RecordedRequest ship = onlyRequestTo(ORDER_PATH + "/ship");
        assertThat(ship.header("If-Match")).contains("\"4\"");
        assertThat(ship.header("Content-Type")).contains("application/json");
        assertThat(ship.body()).isEqualTo("{\"carrier\":\"DHL\",\"trackingNumber\":\"JD014600006281\"}");
        assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(shipped.version()).isEqualTo(5);
    }

    @Test
    void cancel_and_retry_send_the_reason_when_there_is_one_and_an_empty_body_otherwise() {
        server.respond("POST", ORDER_PATH + "/cancel", StubResponse.fixture("order.json"));
        server.respond("POST", ORDER_PATH + "/retry", StubResponse.fixture("order.json"));
        Order order = client.order(ORDER_ID);

        client.cancelOrder(order, "customer called");
        client.retryOrder(order, null);

        assertThat(onlyRequestTo(ORDER_PATH + "/cancel").body()).isEqualTo("{\"reason\":\"customer called\"}");
        assertThat(onlyRequestTo(ORDER_PATH + "/retry").body()).isEqualTo("{}");
        assertThat(onlyRequestTo(ORDER_PATH + "/retry").header("If-Match")).contains("\"4\"");
    }

    @Test
    void a_stale_version_is_a_conflict_that_says_the_order_changed() {
        server.respond("POST", ORDER_PATH + "/ship", StubResponse.problem(412, """
                {"type":"https://ordo.dev/problems/precondition-failed","title":"The resource changed since you read it",
                 "status":412,"detail":"Order %s changed since you read it (version 4, now 5, CANCELLED). Read it again and decide anew."}
                """.formatted(ORDER_ID)));
        Order paid = client.order(ORDER_ID);

        OrderChangedException failure = catchThrowableOfType(OrderChangedException.class,
                () -> client.shipOrder(paid, new Shipment("DHL", "1")));

        assertThat(failure.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(failure.status()).isEqualTo(412);
        assertThat(failure.orderId()).isEqualTo(ORDER_ID);
        assertThat(failure.readVersion()).isEqualTo(4);
        assertThat(failure.getMessage()).contains("changed since you read it", "now 5, CANCELLED");
        assertThat(failure.type()).isEqualTo(URI.create("https://ordo.dev/problems/precondition-failed"));
    }

    @Test
    void a_412_without_details_still_says_the_order_changed() {
        server.respond("POST", ORDER_PATH + "/cancel", new StubResponse(412, java.util.Map.of(), ""));
        Order paid = client.order(ORDER_ID);

        OrderChangedException failure = catchThrowableOfType(OrderChangedException.class,
                () -> client.cancelOrder(paid, null));

        assertThat(failure.getMessage()).contains("POST", "412");
    }

    @Test
    void an_action_the_state_forbids_is_a_plain_conflict() {
        server.respond("POST", ORDER_PATH + "/retry", StubResponse.problem(409, """
                {"type":"https://ordo.dev/problems/illegal-transition","title":"Not possible in the order's current state",
                 "status":409,"detail":"Order %s is PAID; it cannot retry from there. Possible from PAID: cancel, ship."}
                """.formatted(ORDER_ID)));
        Order paid = client.order(ORDER_ID);

        ApiException failure = catchThrowableOfType(ApiException.class, () -> client.retryOrder(paid, null));

        assertThat(failure).isNotInstanceOf(OrderChangedException.class);
        assertThat(failure.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(failure.getMessage()).endsWith("Possible from PAID: cancel, ship.");
    }
}
