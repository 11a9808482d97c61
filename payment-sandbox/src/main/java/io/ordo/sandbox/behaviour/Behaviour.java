package io.ordo.sandbox.behaviour;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The global behaviour: a mode and its parameters. Parameters a mode does not use are kept anyway,
 * so that switching modes back and forth does not lose them.
 *
 * @param delay       how long {@link Mode#SLOW} waits before handling a request
 * @param failureRate the share of requests {@link Mode#FLAKY} fails, from 0 to 1
 * @param seed        seeds the random choice of {@link Mode#FLAKY}, so a run can be repeated
 */
public record Behaviour(Mode mode, Duration delay, double failureRate, long seed) {

    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(2);
    public static final double DEFAULT_FAILURE_RATE = 0.5;
    public static final Duration MAX_DELAY = Duration.ofMinutes(10);

    public Behaviour {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException("delayMs must be between 0 and " + MAX_DELAY.toMillis());
        }
        if (!(failureRate >= 0 && failureRate <= 1)) {
            throw new IllegalArgumentException("failureRate must be between 0 and 1, got " + failureRate);
        }
    }

    public static Behaviour normal() {
        return new Behaviour(Mode.NORMAL, DEFAULT_DELAY, DEFAULT_FAILURE_RATE, randomSeed());
    }

    /** A seed for callers that did not pick one; it is reported back so the run can be repeated. */
    public static long randomSeed() {
        return ThreadLocalRandom.current().nextLong();
    }
}
