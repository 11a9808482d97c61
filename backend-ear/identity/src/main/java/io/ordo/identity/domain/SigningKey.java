package io.ordo.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An RSA key pair that signs access tokens. Its id is the RFC 7638 thumbprint of the public key,
 * so a new key always has a new kid and verifiers that cache keys by kid never confuse them. The
 * private half is stored only sealed, with the id of the data key that sealed it; it is opened
 * into memory when the key is about to sign.
 */
@Entity
@Table(name = "signing_keys", schema = "identity")
public class SigningKey {

    @Id
    private String kid;

    /** Only in rows written before private keys were sealed, until they are sealed at start. */
    @Column(name = "private_key")
    private byte[] privateKeyInTheClear;

    @Column(name = "private_key_key_id")
    private UUID sealedWith;

    @Column(name = "private_key_sealed")
    private String sealedPrivateKey;

    /** PKCS#8, when generated here or opened: never stored as such. */
    @Transient
    private byte[] privateKey;

    @Column(name = "public_key", nullable = false)
    private byte[] publicKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected SigningKey() {
    }

    public static SigningKey generate(Function<RSAPublicKey, String> thumbprint, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            SigningKey key = new SigningKey();
            key.kid = thumbprint.apply((RSAPublicKey) pair.getPublic());
            key.privateKey = pair.getPrivate().getEncoded();
            key.publicKey = pair.getPublic().getEncoded();
            key.createdAt = now;
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is part of every Java runtime", e);
        }
    }

    public String kid() {
        return kid;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean retired() {
        return retiredAt != null;
    }

    /** Tokens signed with this key are no longer accepted once it is retired. */
    public void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    /** Whether the private half still awaits sealing (generated now, or a row from before sealing). */
    public boolean privateKeyUnsealed() {
        return sealedPrivateKey == null;
    }

    /**
     * Seals the private half with {@code sealer} (given the PKCS#8 bytes, it answers the data key
     * id and the ciphertext) and drops any clear copy from the row.
     */
    public void sealPrivateKey(Function<byte[], Sealed> sealer) {
        Sealed sealed = sealer.apply(privateKeyBytes());
        sealedWith = sealed.keyId();
        sealedPrivateKey = sealed.ciphertext();
        privateKeyInTheClear = null;
    }

    /** Opens the private half with {@code opener} (given the data key id and the ciphertext, it answers PKCS#8). */
    public void openPrivateKey(BiFunction<UUID, String, byte[]> opener) {
        if (privateKey == null && sealedPrivateKey != null) {
            privateKey = opener.apply(sealedWith, sealedPrivateKey);
        }
    }

    /** A sealed private key and the id of the data key that sealed it. */
    public record Sealed(UUID keyId, String ciphertext) {
    }

    private byte[] privateKeyBytes() {
        byte[] bytes = privateKey != null ? privateKey : privateKeyInTheClear;
        if (bytes == null) {
            throw new IllegalStateException("the private key of signing key " + kid + " is sealed and was not opened");
        }
        return bytes;
    }

    public PrivateKey privateKey() {
        byte[] privateKey = privateKeyBytes();
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(privateKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored signing key " + kid + " is unreadable", e);
        }
    }

    public RSAPublicKey publicKey() {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(publicKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored signing key " + kid + " is unreadable", e);
        }
    }
}
