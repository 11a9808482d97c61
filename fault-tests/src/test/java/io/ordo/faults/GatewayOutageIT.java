package io.ordo.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The gateway fails every call (503) and then recovers. Meanwhile the API keeps answering fast,
 * the orders wait RESERVED with their payment outcome unknown (not failed), the circuit breaker
 * opens so the gateway is not hammered, and once the gateway is back reconciliation pays every
 * order, each charged exactly once.
 */
class GatewayOutageIT extends FaultScenario {

    /** Four orders make 16 failing attempts (a call and 3 retries each): twice what opens a breaker. */
    private static final int ORDERS = 4;
    private static final String SKU = "MS-002";
    private static final Duration FAST = Duration.ofSeconds(1);

    @Test
    void while_the_gateway_fails_orders_wait_reserved_the_breaker_opens_and_once_it_recovers_each_is_paid_once()
            throws Exception {
        report.fault = "payment gateway failing";
        report.injection = "the payment sandbox answers 503 to every call and does nothing, then normal again";
        try (LoadRun load = startLoad()) {
            load.warmUp();
            whileTheGatewayFails(load);
        }
    }

    private void whileTheGatewayFails(LoadRun load) throws Exception {
        long openedBefore = CircuitBreakers.timesOpened();
        load.faultInjected("gateway failing");
        Gateway.failing();

        List<Storefront.Acknowledged> placed = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            placed.add(storefront.place(Storefront.orderOf(SKU, 1)));
        }
        List<UUID> failing = orderIds(placed);
        timeline.mark(ORDERS + " orders accepted");

        await("the gateway client's circuit breaker to open")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> CircuitBreakers.timesOpened() > openedBefore);
        timeline.mark("circuit breaker open: " + CircuitBreakers.gatewayClientSamples("ft_circuitbreaker_opened_total"));
        await("every order to wait RESERVED with its payment outcome unknown")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> failing.stream().allMatch(order -> "RESERVED".equals(storefront.status(order))
                        && Records.payment(order).map(Records.Payment::status).filter("UNKNOWN"::equals).isPresent()));
        timeline.mark("all RESERVED, payments UNKNOWN");

        // Measured now, on a warm server: the first requests after a start are slow for reasons of their own.
        assertThat(failing).allSatisfy(order -> {
            assertThat(storefront.timeToRead(order)).as("reading order %s while the gateway fails", order).isLessThan(FAST);
            assertThat(Gateway.stats().captures(order)).as("captures of %s", order).isZero();
        });
        Storefront.Acknowledged whileOpen = storefront.place(Storefront.orderOf(SKU, 1));
        assertThat(whileOpen.took()).as("placing an order while the gateway fails and the breaker is open").isLessThan(FAST);
        placed.add(whileOpen);
        load.holdFault();

        Gateway.normal();
        load.healed("gateway normal");

        awaitEvery(orderIds(placed), "PAID");
        load.watchRecovery();
        finish(load, placed);
    }

    private static List<UUID> orderIds(List<Storefront.Acknowledged> placed) {
        return placed.stream().map(Storefront.Acknowledged::orderId).toList();
    }
}
