package io.ordo.sandbox.behaviour;

import java.time.Duration;
import java.util.Objects;

/**
 * How one gateway request is to be mistreated.
 *
 * @param delay how long {@link Kind#SLOW} waits before the work, or {@link Kind#TIMEOUT} holds the
 *              answer after it; zero for the other kinds
 */
public record Fault(Kind kind, Duration delay) {

    /** Long enough that the caller has given up and the outcome is unknown to it. */
    public static final Duration TIMEOUT_HOLD = Duration.ofSeconds(60);

    private static final Fault NONE = new Fault(Kind.NONE, Duration.ZERO);

    public enum Kind {
        /** Handle and answer normally. */
        NONE,
        /** Open the payment as declined by the issuer, whatever the card. */
        DECLINE,
        /** Answer 503 without doing anything. */
        FAIL,
        /** Wait, then handle and answer normally. */
        SLOW,
        /** Handle (the effect is recorded), then hold the answer back. */
        TIMEOUT,
        /** Handle (the effect is recorded), then drop the connection without answering. */
        CRASH_AFTER_COMMIT
    }

    public Fault {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(delay, "delay");
    }

    public static Fault none() {
        return NONE;
    }

    static Fault of(Kind kind) {
        return new Fault(kind, Duration.ZERO);
    }

    /**
     * Reads a {@code Sandbox-Behaviour} header: {@code decline}, {@code fail}, {@code slow=<ms>},
     * {@code timeout} or {@code crash-after-commit}.
     */
    static Fault fromHeader(String header) {
        String value = header.trim();
        if (value.startsWith("slow=")) {
            return new Fault(Kind.SLOW, parseDelay(value.substring("slow=".length())));
        }
        return switch (value) {
            case "decline" -> of(Kind.DECLINE);
            case "fail" -> of(Kind.FAIL);
            case "timeout" -> new Fault(Kind.TIMEOUT, TIMEOUT_HOLD);
            case "crash-after-commit" -> of(Kind.CRASH_AFTER_COMMIT);
            default -> throw new IllegalArgumentException("Sandbox-Behaviour must be one of decline, fail, "
                    + "slow=<ms>, timeout, crash-after-commit; got \"" + header + "\"");
        };
    }

    private static Duration parseDelay(String millis) {
        try {
            Duration delay = Duration.ofMillis(Long.parseLong(millis));
            if (!delay.isNegative() && delay.compareTo(Behaviour.MAX_DELAY) <= 0) {
                return delay;
            }
        } catch (NumberFormatException e) {
            // reported below, with the allowed range
        }
        throw new IllegalArgumentException("Sandbox-Behaviour slow=<ms> needs whole milliseconds from 0 to "
                + Behaviour.MAX_DELAY.toMillis() + ", got \"" + millis + "\"");
    }
}
