package io.ordo.identity.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How repeated sign-in failures slow an attacker down: once {@code allowedFailures} failures
 * happened within the window, the key is blocked, and each further failure blocks it for twice
 * as long as the previous one, up to a ceiling. A success (for an account) forgets its failures.
 */
public record ThrottlePolicy(int allowedFailures, Duration window, Duration firstBlock, Duration longestBlock) {

    /** The state kept per key (an account name or a client address). */
    public record Failures(int count, Instant windowStartedAt, Instant blockedUntil) {
    }

    /** The failures after one more, and until when the key is blocked (if at all). */
    public Failures afterFailure(Failures previous, Instant now) {
        boolean windowOver = previous == null || now.isAfter(previous.windowStartedAt().plus(window));
        int count = windowOver ? 1 : previous.count() + 1;
        Instant windowStart = windowOver ? now : previous.windowStartedAt();
        if (count < allowedFailures) {
            return new Failures(count, windowStart, null);
        }
        int doublings = Math.min(count - allowedFailures, 20);
        Duration block = firstBlock.multipliedBy(1L << doublings);
        if (block.compareTo(longestBlock) > 0) {
            block = longestBlock;
        }
        return new Failures(count, windowStart, now.plus(block));
    }

    /** How long the caller must wait, or zero if the key is not blocked now. */
    public static Duration waitFor(Failures failures, Instant now) {
        if (failures == null || failures.blockedUntil() == null || !now.isBefore(failures.blockedUntil())) {
            return Duration.ZERO;
        }
        return Duration.between(now, failures.blockedUntil());
    }
}
