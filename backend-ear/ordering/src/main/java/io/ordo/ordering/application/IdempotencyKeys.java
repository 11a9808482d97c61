package io.ordo.ordering.application;

import java.time.Duration;
import java.util.UUID;

/** Idempotency-Key records, scoped to the client that sent them. */
public interface IdempotencyKeys {

    /** What a claim found. */
    sealed interface Claim {
    }

    /** This request holds the key now. */
    record Claimed() implements Claim {
    }

    /** An earlier request with this key placed an order. */
    record Completed(String requestFingerprint, UUID orderId) implements Claim {
    }

    /**
     * An earlier request with this key holds a claim that was committed without its order: only
     * a server of an earlier version, which claimed keys in a transaction of their own, leaves
     * such a claim (while it works, or for good if it died).
     */
    record InFlight(String requestFingerprint) implements Claim {
    }

    /**
     * Claims the key for a request, in the order's transaction: a concurrent request with the same
     * key waits for that transaction, then finds the order (its commit) or takes the key (its
     * rollback, or a crash, which leaves nothing behind). A committed claim older than
     * {@code abandonedAfter} is taken over.
     */
    Claim claim(String clientId, String key, String requestFingerprint, Duration abandonedAfter);

    /** Records, in the order's transaction, which order the key placed. */
    void complete(String clientId, String key, UUID orderId);
}
