package io.ordo.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL crashes (SIGKILL to the postmaster and every backend: no checkpoint, connections
 * reset) under load, stays down for a while, and is started again on the same port and data,
 * where it recovers from its WAL. Meanwhile Ordo cannot do anything, but it must say so: 503 with
 * Retry-After, never a 500, so that the storefront retries; afterwards its connection pool heals
 * without a restart, and nothing committed is lost or done twice.
 */
class PostgresCrashIT extends FaultScenario {

    @Test
    void while_the_database_is_down_ordo_answers_503_with_retry_after_and_afterwards_loses_nothing() throws Exception {
        report.fault = "PostgreSQL crashed (kill -9)";
        report.injection = "SIGKILL to the postmaster and all its backends (harsher than pg_ctl stop -m immediate); started "
                + "again on the same port and data directory after the fault's duration (crash recovery from the WAL)";
        try (LoadRun load = startLoad()) {
            load.warmUp();
            load.faultInjected("killing PostgreSQL");
            FaultStack.postgres().crash();
            load.holdFault();
            load.healed("PostgreSQL starting again");
            FaultStack.postgres().startAgain();
            timeline.mark("PostgreSQL accepting connections again");
            load.watchRecovery();
            finish(load, List.of());
        }
        assertThat(report.availability.windows()).allSatisfy(window -> {
            assertThat(window.count(Storefront.Outcome.SERVER_ERROR)).as("500s %s: %s", window.name(), window.byOutcome()).isZero();
            assertThat(window.count(Storefront.Outcome.UNAVAILABLE)).as("503s without Retry-After %s: %s", window.name(),
                    window.byOutcome()).isZero();
        });
        assertThat(report.availability.steadyAfterHealing()).as("steady state after the database came back").isPresent();
    }
}
