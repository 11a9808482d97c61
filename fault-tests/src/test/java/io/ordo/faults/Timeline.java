package io.ordo.faults;

import java.time.Duration;
import java.time.Instant;

/** Prints what happened when during a scenario, in seconds since it started: the timings of the report. */
final class Timeline {

    private final String scenario;
    private final Instant start = Instant.now();

    Timeline(String scenario) {
        this.scenario = scenario;
    }

    void mark(String what) {
        System.out.printf("[%s] +%.1f s %s%n", scenario, Duration.between(start, Instant.now()).toMillis() / 1000.0, what);
    }
}
