package io.ordo.platform.deadletter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifies a message by the SHA-256 of its text: the same on every redelivery, and defined even
 * for a message that is not an event envelope and so has no event id.
 */
public final class MessageFingerprint {

    private MessageFingerprint() {
    }

    /** @return 64 lowercase hex digits */
    public static String of(String message) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
