package io.ordo.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The broker goes away while a storefront places orders. Placing an order is one local
 * transaction whose event waits in the outbox, so orders are still accepted; nothing moves
 * without the broker; once it is back, every order completes, each event applied once.
 */
class BrokerOutageIT extends FaultScenario {

    private static final int ORDERS = 10;
    private static final String SKU = "KB-001";

    @Test
    void orders_placed_while_the_broker_is_down_are_accepted_and_all_paid_once_it_is_back() throws Exception {
        FaultStack.broker().stop();
        timeline.mark("broker stopped");

        List<Storefront.Acknowledged> placed = IntStream.range(0, ORDERS)
                .mapToObj(i -> storefront.place(Storefront.orderOf(SKU, 1)))
                .toList();
        List<UUID> orders = placed.stream().map(Storefront.Acknowledged::orderId).toList();
        timeline.mark(ORDERS + " orders accepted (201)");

        await("the orders to wait, CREATED, while the broker is down")
                .during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .until(() -> orders.stream().map(storefront::status).allMatch("CREATED"::equals));
        assertThat(Records.unpublishedEvents()).as("events waiting in the outbox").isGreaterThanOrEqualTo(ORDERS);

        FaultStack.broker().startAgain();
        timeline.mark("broker started again");

        awaitEvery(orders, "PAID");
        Invariants.hold(placed, started);
    }
}
