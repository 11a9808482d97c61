package io.ordo.ordering.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of a request's meaning, so that a repeated Idempotency-Key can be told apart:
 * same key and same request replays, same key and another request is refused.
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(PlaceOrder request) {
        // Records have a deterministic toString over all components, in declaration order.
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(request.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
