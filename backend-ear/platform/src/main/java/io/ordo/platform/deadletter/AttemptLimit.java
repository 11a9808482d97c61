package io.ordo.platform.deadletter;

/**
 * How many failed deliveries of one message a consumer tolerates before the message is parked.
 * Kept below the broker's own redelivery limit, so that a message that keeps failing lands in
 * the dead letters an admin sees rather than in the broker's dead-letter queue.
 */
public record AttemptLimit(int maxAttempts) {

    public AttemptLimit {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("ordo.messaging.max-attempts must be at least 1, not " + maxAttempts);
        }
    }

    /** @param failedAttempts the failures of one message so far, the current one included */
    public boolean parks(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
