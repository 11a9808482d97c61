package io.ordo.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Liberty dies (SIGKILL) after the gateway captured an order's money but before Ordo heard of
 * it: the worst moment for a payment. When Liberty comes back on the same ports and data,
 * reconciliation repeats the sale under the same idempotency key, the gateway answers with the
 * payment it already captured, and the order is paid with exactly one capture; no event is lost.
 */
class CrashAfterCaptureIT extends FaultScenario {

    private static final String SKU = "HS-004";

    @Test
    void liberty_killed_between_the_gateways_capture_and_ordos_commit_is_reconciled_to_exactly_one_capture()
            throws Exception {
        report.fault = "Liberty killed between the gateway's capture and Ordo's commit";
        report.injection = "the gateway captures (a sale) but holds its answer; SIGKILL to Liberty before it hears of it; "
                + "restarted on the same ports and data (no background load: the moment is timed on one order)";
        Gateway.answersLost();
        Storefront.Acknowledged placed = storefront.place(Storefront.orderOf(SKU, 1));
        UUID order = placed.orderId();
        await("the gateway to capture the order's money")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> Gateway.stats().captures(order) == 1);
        timeline.mark("captured at the gateway, answer held");
        assertThat(Records.payment(order).orElseThrow().status()).as("what Ordo knows of the payment")
                .isIn("PENDING", "UNKNOWN");

        FaultStack.liberty().kill();
        timeline.mark("Liberty killed");
        Gateway.normal();
        FaultStack.liberty().start();
        timeline.mark("Liberty ready again");

        awaitEvery(List.of(order), "PAID");
        assertThat(Gateway.stats().captures(order)).as("captures of " + order).isEqualTo(1);
        check(List.of(placed));
    }
}
