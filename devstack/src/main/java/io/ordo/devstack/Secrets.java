package io.ordo.devstack;

import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets that survive copy and paste: URL-safe characters only, nothing to escape. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** An AES-256 key: 32 random bytes, base64-encoded. */
    static String generateKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** 20 characters (120 random bits) from {@code [A-Za-z0-9_-]}. */
    static String generate() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
