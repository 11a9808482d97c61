package io.ordo.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The broker dies (SIGKILL of its JVM: no orderly shutdown, connections reset, journal not closed)
 * under load. Placing an order is one local transaction whose event waits in the outbox, so orders
 * are still accepted; nothing moves on without the broker; once it is started again on the same
 * port and journal, every order completes, each event applied once.
 */
class BrokerOutageIT extends FaultScenario {

    private static final int ORDERS = 10;
    private static final String SKU = "KB-001";

    @Test
    void orders_placed_while_the_broker_is_dead_are_accepted_and_all_paid_once_it_is_back() throws Exception {
        report.fault = "broker killed (kill -9)";
        report.injection = "SIGKILL to the Artemis JVM (a process of its own, persistent journal); started again on the same "
                + "port and journal after the fault's duration";
        try (LoadRun load = startLoad()) {
            load.warmUp();
            load.faultInjected("killing the broker");
            FaultStack.broker().kill();

            List<Storefront.Acknowledged> placed = IntStream.range(0, ORDERS)
                    .mapToObj(i -> storefront.place(Storefront.orderOf(SKU, 1)))
                    .toList();
            List<UUID> orders = placed.stream().map(Storefront.Acknowledged::orderId).toList();
            timeline.mark(ORDERS + " orders accepted (201) without a broker");

            await("the orders to wait, VALIDATED, while the broker is down")
                    .during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> orders.stream().map(storefront::status).allMatch("VALIDATED"::equals));
            assertThat(Records.unpublishedEvents()).as("events waiting in the outbox").isGreaterThanOrEqualTo(ORDERS);
            load.holdFault();

            load.healed("broker starting again");
            FaultStack.broker().startAgain();
            timeline.mark("broker started again");

            awaitEvery(orders, "PAID");
            load.watchRecovery();
            finish(load, placed);
        }
    }
}
