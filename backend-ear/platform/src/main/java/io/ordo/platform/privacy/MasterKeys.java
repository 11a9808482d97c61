package io.ordo.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;

/**
 * The master keys that wrap data keys, read from configuration: {@code id:base64,id:base64}, each
 * key 32 random bytes. New data keys are wrapped with the active one; the others stay only to
 * unwrap what is not re-wrapped yet, and can be removed once nothing uses them.
 */
final class MasterKeys {

    private final Map<String, SecretKey> keys;
    private final String activeId;

    private MasterKeys(Map<String, SecretKey> keys, String activeId) {
        this.keys = keys;
        this.activeId = activeId;
    }

    /**
     * @param spec   the configured keys, e.g. {@code 2026a:3q2+7w...,2025b:AAEC...}
     * @param active the id of the key new data keys are wrapped with; blank means the first one
     */
    static MasterKeys parse(String spec, String active) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("no master key configured: set ordo.privacy.master-keys"
                    + " (ORDO_PRIVACY_MASTER_KEYS) to id:base64-of-32-random-bytes");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            String trimmed = entry.strip();
            int colon = trimmed.indexOf(':');
            if (colon <= 0 || !trimmed.substring(0, colon).matches("[A-Za-z0-9._-]{1,40}")) {
                throw new IllegalArgumentException("ordo.privacy.master-keys: each entry is id:base64-key, the id"
                        + " 1-40 letters, digits, '.', '_' or '-'");
            }
            String id = trimmed.substring(0, colon);
            if (keys.containsKey(id)) {
                throw new IllegalArgumentException("ordo.privacy.master-keys: key id " + id + " appears twice");
            }
            keys.put(id, decodeKey("master key " + id, trimmed.substring(colon + 1)));
        }
        String activeId = active == null || active.isBlank() ? keys.keySet().iterator().next() : active.strip();
        if (!keys.containsKey(activeId)) {
            throw new IllegalArgumentException("ordo.privacy.active-master-key is " + activeId
                    + ", which is not among the ids of ordo.privacy.master-keys " + keys.keySet());
        }
        return new MasterKeys(Map.copyOf(keys), activeId);
    }

    static SecretKey decodeKey(String what, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip().getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not valid base64");
        }
        if (bytes.length != AesGcm.KEY_BYTES) {
            throw new IllegalArgumentException(what + " must be " + AesGcm.KEY_BYTES + " random bytes, base64-encoded;"
                    + " it has " + bytes.length);
        }
        return AesGcm.key(bytes);
    }

    String activeId() {
        return activeId;
    }

    SecretKey active() {
        return keys.get(activeId);
    }

    Optional<SecretKey> byId(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    Set<String> ids() {
        return keys.keySet();
    }
}
