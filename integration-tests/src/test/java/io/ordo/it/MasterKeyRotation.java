package io.ordo.it;

import io.ordo.devstack.PrivacyKeys;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The test server runs as just after a master key rotation: a new key {@value #ACTIVE} is active
 * and the dev stack's key is still configured as the retired one. Data keys wrapped the way the
 * server wraps them (ADR 0010) under the retired key can be planted to watch them re-wrapped.
 */
final class MasterKeyRotation {

    static final String ACTIVE = "it2";
    private static final SecureRandom RANDOM = new SecureRandom();

    private MasterKeyRotation() {
    }

    /** A configDropins override: the new key first and active, the dev key retired but kept. */
    static String rotatedConfiguration(PrivacyKeys devKeys) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        System.setProperty("ordo.it.privacy.retired", devKeys.masterKeys());
        System.setProperty("ordo.it.privacy.search-key", devKeys.searchKey());
        return """
                <server>
                  <variable name="ordo.privacy.master-keys" value="%s:%s,%s"/>
                  <variable name="ordo.privacy.active-master-key" value="%s"/>
                </server>
                """.formatted(ACTIVE, Base64.getEncoder().encodeToString(fresh), devKeys.masterKeys(), ACTIVE);
    }

    /** The id of the retired master key, e.g. {@code dev1}. */
    static String retiredId() {
        return System.getProperty("ordo.it.privacy.retired").split(":", 2)[0];
    }

    /** A new random data key wrapped under the retired master key, as the server would have stored it. */
    static byte[] newDataKeyWrappedByTheRetiredKey(UUID dataKeyId) {
        byte[] dataKey = new byte[32];
        RANDOM.nextBytes(dataKey);
        byte[] master = Base64.getDecoder().decode(System.getProperty("ordo.it.privacy.retired").split(":", 2)[1]);
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(master, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(("ordo data key " + dataKeyId).getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(dataKey);
            return ByteBuffer.allocate(1 + nonce.length + sealed.length).put((byte) 1).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The keyed hash the server knows a customer by (their data key's subject). */
    static String subjectOf(String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(System.getProperty("ordo.it.privacy.search-key")), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
