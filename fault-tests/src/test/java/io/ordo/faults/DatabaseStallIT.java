package io.ordo.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The network between Liberty and PostgreSQL stalls under load: the socat relay Liberty's data
 * source goes through is paused (SIGSTOP), so packets stop both ways while every socket stays
 * open and nothing fails fast; it flows again (SIGCONT) after the fault's duration. Ordo must
 * not answer 500 meanwhile, must come back by itself without a restart, and must have lost or
 * doubled nothing.
 */
class DatabaseStallIT extends FaultScenario {

    @Test
    void a_stalled_database_network_slows_ordo_down_but_loses_nothing_and_it_recovers_by_itself() throws Exception {
        assumeTrue(FaultStack.databaseRelay().isPresent(), "socat is not installed (apt-get install socat): no relay to stall");
        DatabaseRelay relay = FaultStack.databaseRelay().orElseThrow();
        report.fault = "network stall between Liberty and PostgreSQL";
        report.injection = "SIGSTOP to the socat relay between Liberty and PostgreSQL and to each connection's child (sockets "
                + "stay open, no bytes flow either way); SIGCONT after the fault's duration";
        try (LoadRun load = startLoad()) {
            load.warmUp();
            load.faultInjected("pausing the relay to PostgreSQL");
            relay.pause();
            load.holdFault();
            relay.resume();
            load.healed("relay resumed");
            load.watchRecovery();
            finish(load, List.of());
        }
        assertThat(report.availability.windows()).allSatisfy(window -> assertThat(window.count(Storefront.Outcome.SERVER_ERROR))
                .as("500s %s: %s", window.name(), window.byOutcome()).isZero());
        assertThat(report.availability.steadyAfterHealing()).as("steady state after the network flowed again").isPresent();
    }
}
