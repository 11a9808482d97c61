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

    /** An earlier request with this key is still being processed. */
    record InFlight(String requestFingerprint) implements Claim {
    }

    /**
     * Claims the key for a request, in a transaction of its own so that concurrent requests see
     * the claim at once. A claim older than {@code abandonedAfter} (its request died) is taken over.
     */
    Claim claim(String clientId, String key, String requestFingerprint, Duration abandonedAfter);

    /** Records, in the order's transaction, which order the key placed. */
    void complete(String clientId, String key, UUID orderId);

    /** Gives the key back after a request that placed nothing, in a transaction of its own. */
    void release(String clientId, String key);
}
