package io.ordo.faults;

import java.time.Duration;

/**
 * How hard and how long: the build's short version (CI, {@code ./mvnw verify}) or the report's
 * long one ({@code -Pfault-report}, system property {@code ordo.faults.profile=long}): more load,
 * longer faults, longer watching afterwards. The scenarios are the same.
 */
record FaultProfile(String name, double ordersPerSecond, double readsPerSecond, Duration warmUp, Duration fault,
                    Duration watchAfterHealing, Duration steadyWindow, Duration requestTimeout) {

    /** An answer slower than this does not count towards steady state. */
    static final Duration GOOD_LATENCY = Duration.ofSeconds(1);
    /** The longest a scenario waits for steady state after healing before it reports "not reached". */
    static final Duration STEADY_AT_MOST = Duration.ofSeconds(120);

    static final FaultProfile SHORT = new FaultProfile("short", 3, 3, Duration.ofSeconds(3), Duration.ofSeconds(5),
            Duration.ofSeconds(4), Duration.ofSeconds(3), Duration.ofSeconds(5));
    static final FaultProfile LONG = new FaultProfile("long", 8, 8, Duration.ofSeconds(5), Duration.ofSeconds(15),
            Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(5));

    static FaultProfile current() {
        return "long".equals(System.getProperty("ordo.faults.profile")) ? LONG : SHORT;
    }
}
