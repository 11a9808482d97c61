package io.ordo.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The gateway answers, but later than Ordo waits (the call timeout is 1 s in these tests). It
 * does the work of every call it gets, so each timed-out authorization may have happened: Ordo
 * must not know, must not fail the order, and once the gateway is fast again must find out what
 * happened instead of charging again.
 */
class SlowGatewayIT extends FaultScenario {

    private static final int ORDERS = 3;
    private static final String SKU = "MN-003";
    private static final Duration SLOWER_THAN_THE_CALL_TIMEOUT = Duration.ofSeconds(3);

    @Test
    void calls_slower_than_the_timeout_leave_payments_unknown_and_nothing_is_charged_twice_once_the_gateway_is_fast()
            throws Exception {
        report.fault = "payment gateway slow";
        report.injection = "the payment sandbox takes " + SLOWER_THAN_THE_CALL_TIMEOUT.toSeconds()
                + " s per call (Ordo waits 1 s) but does the work, then fast again";
        try (LoadRun load = startLoad()) {
            load.warmUp();
            whileTheGatewayIsSlow(load);
        }
    }

    private void whileTheGatewayIsSlow(LoadRun load) throws Exception {
        load.faultInjected("gateway slow: " + SLOWER_THAN_THE_CALL_TIMEOUT.toMillis() + " ms per call");
        Gateway.slow(SLOWER_THAN_THE_CALL_TIMEOUT);

        List<Storefront.Acknowledged> placed = IntStream.range(0, ORDERS)
                .mapToObj(i -> storefront.place(Storefront.orderOf(SKU, 1)))
                .toList();
        List<UUID> orders = placed.stream().map(Storefront.Acknowledged::orderId).toList();
        timeline.mark(ORDERS + " orders accepted");

        await("every payment's outcome to be unknown after its calls timed out")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> orders.stream().allMatch(order -> "RESERVED".equals(storefront.status(order))
                        && Records.payment(order).map(Records.Payment::status).filter("UNKNOWN"::equals).isPresent()));
        timeline.mark("all RESERVED, payments UNKNOWN");
        // The calls did reach the gateway, and it did the work: only the answers came too late.
        assertThat(orders).as("orders the gateway authorized while Ordo does not know it").allSatisfy(order ->
                await().atMost(Duration.ofSeconds(10)).until(() -> Gateway.stats().authorizations(order) == 1));

        load.holdFault();
        Gateway.normal();
        load.healed("gateway normal");

        awaitEvery(orders, "PAID");
        Gateway.Stats gateway = Gateway.stats();
        assertThat(orders).allSatisfy(order -> {
            assertThat(gateway.authorizations(order)).as("authorizations of %s", order).isEqualTo(1);
            assertThat(gateway.captures(order)).as("captures of %s", order).isEqualTo(1);
        });
        load.watchRecovery();
        finish(load, placed);
    }
}
