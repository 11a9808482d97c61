package io.ordo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What an operator watches: the gauges on /metrics follow what happens to orders and events. */
class OperationsIT extends PackagedServer {

    static double gauge(String metrics, String name, String labelFilter) {
        Matcher line = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(metrics);
        while (line.find()) {
            if (line.group(1).contains(labelFilter)) {
                return Double.parseDouble(line.group(2));
            }
        }
        throw new AssertionError("no " + name + " with " + labelFilter + " in /metrics");
    }

    static String metrics() {
        return Http.send(Http.get(Stack.server().resolve("/metrics?scope=application"))).raw().body();
    }

    @Test
    void orders_per_status_and_the_outbox_backlog_are_gauges() {
        String storefront = Http.storefrontToken();
        double paidBefore = gauge(metrics(), "ordo_orders", "status=\"PAID\"");

        String orderId = Orders.place(storefront, Orders.body("tok_visa", Map.of("MP-010", 1))).json().get("id").asText();
        Orders.awaitStatus(storefront, orderId, "PAID");

        await("the paid order to be counted").atMost(Duration.ofSeconds(20))
                .until(() -> gauge(metrics(), "ordo_orders", "status=\"PAID\"") >= paidBefore + 1);
        await("the outbox to be drained").atMost(Duration.ofSeconds(20))
                .until(() -> gauge(metrics(), "ordo_outbox_backlog", "") == 0);
        assertThat(gauge(metrics(), "ordo_outbox_oldest_unpublished_seconds", "")).isZero();
        assertThat(gauge(metrics(), "ordo_dead_letters_parked", "")).isGreaterThanOrEqualTo(0);
    }
}
