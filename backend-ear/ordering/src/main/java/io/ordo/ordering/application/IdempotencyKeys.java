package io.ordo.ordering.application;

import java.util.Optional;
import java.util.UUID;

/** Idempotency-Key records, scoped to the client that sent them. */
public interface IdempotencyKeys {

    record Claimed(String requestFingerprint, UUID orderId) {
    }

    /**
     * Claims the key for this request, or returns who claimed it first. A concurrent claim of the
     * same key waits until the first one's transaction ends, then sees it.
     *
     * @return empty if this call claimed the key
     */
    Optional<Claimed> claim(String clientId, String key, String requestFingerprint, UUID orderId);
}
