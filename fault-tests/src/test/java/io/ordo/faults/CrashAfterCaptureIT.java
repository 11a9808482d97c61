package io.ordo.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Liberty dies (SIGKILL) after the gateway captured an order's money but before Ordo heard of
 * it: the worst moment for a payment. When Liberty comes back on the same ports and data,
 * reconciliation repeats the capture under the same idempotency key, the gateway answers with
 * the capture it already made, and the order is paid with exactly one capture; no event is lost.
 */
class CrashAfterCaptureIT extends FaultScenario {

    private static final String SKU = "HS-004";
    /** Below the 1 s call timeout: the authorization is answered in time, and leaves a window to act in. */
    private static final Duration AUTHORIZATION_DELAY = Duration.ofMillis(500);
    private static final int TRIES = 3;

    @Test
    void liberty_killed_between_the_gateways_capture_and_ordos_commit_is_reconciled_to_exactly_one_capture()
            throws Exception {
        report.fault = "Liberty killed between the gateway's capture and Ordo's commit";
        report.injection = "the gateway captures but holds its answer; SIGKILL to Liberty before it hears of it; restarted "
                + "on the same ports and data (no background load: the moment is timed on one order)";
        List<Storefront.Acknowledged> placed = new ArrayList<>();
        UUID captured = null;
        for (int attempt = 1; captured == null; attempt++) {
            Storefront.Acknowledged order = placeAndCaptureWithoutAnswer();
            placed.add(order);
            if (Gateway.stats().captures(order.orderId()) == 1) {
                captured = order.orderId();
            } else if (attempt == TRIES) {
                throw new AssertionError("the gateway never captured without answering in " + TRIES
                        + " tries: the authorization's answer kept coming later than Ordo waits");
            } else {
                // That order's payment carries on normally; the next try starts once it has.
                Gateway.normal();
                timeline.mark("window missed: authorization answered too late for Ordo; again with another order");
                Invariants.awaitAllAtRest();
            }
        }
        timeline.mark("captured at the gateway, answer held");
        assertThat(Records.payment(captured).orElseThrow().status()).as("what Ordo knows of the payment").isEqualTo("AUTHORIZED");

        FaultStack.liberty().kill();
        timeline.mark("Liberty killed");
        Gateway.normal();
        FaultStack.liberty().start();
        timeline.mark("Liberty ready again");

        awaitEvery(placed.stream().map(Storefront.Acknowledged::orderId).toList(), "PAID");
        assertThat(Gateway.stats().captures(captured)).as("captures of " + captured).isEqualTo(1);
        check(placed);
    }

    /**
     * Places an order whose capture the gateway makes but never answers. The gateway decides how
     * to treat a call when it arrives: the authorization arrives while it is slow (answered in
     * time), and it is switched to holding answers back before the capture that follows. On a busy
     * machine the authorization's answer can still come later than Ordo waits, and then there is
     * no capture: the caller sees none and tries again.
     */
    private Storefront.Acknowledged placeAndCaptureWithoutAnswer() {
        long gatewayRequestsBefore = Gateway.stats().requests();
        Gateway.slow(AUTHORIZATION_DELAY);
        Storefront.Acknowledged placed = storefront.place(Storefront.orderOf(SKU, 1));
        UUID order = placed.orderId();
        await("the authorization to reach the gateway")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> Gateway.stats().requests() > gatewayRequestsBefore);
        Gateway.answersLost();
        await("the gateway to capture the order's money, or Ordo to give up on the authorization's answer")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> Gateway.stats().captures(order) == 1
                        || Records.payment(order).map(Records.Payment::status).filter("UNKNOWN"::equals).isPresent());
        return placed;
    }
}
