package io.ordo.faults;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Liberty dies (SIGKILL) under a storefront's steady load; the storefront, like a real one,
 * retries each order under its own Idempotency-Key on connection errors, 5xx and 409 (in flight)
 * until Ordo answers. Requests in flight, events unpublished or unacknowledged and gateway calls
 * under way are all cut off; a supervisor starts Liberty again at once on the same ports and
 * data. Afterwards every order the storefront was told 201 exists once and is paid exactly once,
 * with the stock ledger balanced and the outbox drained.
 */
class CrashUnderLoadIT extends FaultScenario {

    @Test
    void liberty_killed_under_load_loses_none_duplicates_none_and_charges_each_once() throws Exception {
        report.fault = "Liberty killed (kill -9)";
        report.injection = "SIGKILL to the server JVM and its children, no stop command; started again at once on the same "
                + "ports and data, as a supervisor would (healed = restart begun; recovery includes Liberty's start)";
        try (LoadRun load = startLoad()) {
            // The storefront goes through a load balancer that routes only to a ready server, as
            // deployments do; RestartUnderDirectTrafficIT sends traffic straight at the server.
            load.behindLoadBalancer();
            report.notes.add("traffic through a load balancer that routes only to a ready server (checks /health/ready every second)");
            load.warmUp();
            long onTheirWay = Records.ordersOnTheirWay();
            load.faultInjected("killing Liberty; " + onTheirWay + " orders are on their way to being paid");
            FaultStack.liberty().kill();
            report.notes.add(onTheirWay + " orders were between accepted and paid just before Liberty was killed");
            load.healed("Liberty restarting");
            FaultStack.liberty().start();
            timeline.mark("Liberty ready again");
            load.watchRecovery();
            finish(load, List.of());
        }
    }
}
