package io.ordo.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens made by an attacker, for tests that the server refuses them. Starts from the claims of a
 * real token and signs them with a key the server trusts: the server's private keys are sealed in
 * the database, so the attacker plays an insider with write access who plants a key pair of their
 * own among the published ones (older than the signing key, so the server never signs with it).
 * A refusal is then the claim's fault, not the signature's — the unchanged copy is accepted.
 */
final class ForgedTokens {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final ObjectNode claims;
    private final String kid;
    private final String plantedKid;
    private final PrivateKey plantedKey;
    private final byte[] publicKey;

    private ForgedTokens(ObjectNode claims, String kid, String plantedKid, PrivateKey plantedKey, byte[] publicKey) {
        this.claims = claims;
        this.kid = kid;
        this.plantedKid = plantedKid;
        this.plantedKey = plantedKey;
        this.publicKey = publicKey;
    }

    /** Forges from {@code realToken}'s claims, with a key planted beside the one that signed it. */
    static ForgedTokens from(String realToken) throws SQLException, java.io.IOException {
        String[] parts = realToken.split("\\.");
        ObjectNode header = (ObjectNode) Http.JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        ObjectNode claims = (ObjectNode) Http.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        String kid = header.get("kid").asText();
        KeyPair planted = newKeyPair();
        String plantedKid = "planted-" + UUID.randomUUID();
        try (Connection db = Stack.databaseAsSuperuser().getConnection()) {
            // Its sealed half is never opened: the server signs with its newest key only.
            try (var plant = db.prepareStatement("""
                    insert into identity.signing_keys (kid, public_key, private_key_key_id, private_key_sealed, created_at)
                    select ?, ?, private_key_key_id, private_key_sealed, (select min(created_at) from identity.signing_keys) - interval '1 second'
                    from identity.signing_keys where kid = ?
                    """)) {
                plant.setString(1, plantedKid);
                plant.setBytes(2, planted.getPublic().getEncoded());
                plant.setString(3, kid);
                if (plant.executeUpdate() != 1) {
                    throw new IllegalStateException("no signing key " + kid);
                }
            }
            try (var query = db.prepareStatement("select public_key from identity.signing_keys where kid = ?")) {
                query.setString(1, kid);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return new ForgedTokens(claims, kid, plantedKid, planted.getPrivate(), row.getBytes(1));
                }
            }
        }
    }

    /** The real claims changed by {@code change}, signed RS256 with the planted key, which the server publishes. */
    String signed(Consumer<ObjectNode> change) {
        return rs256(plantedKid, change, plantedKey);
    }

    /** Signed by a key the server never issued, under a kid it does not know. */
    String signedByAStranger(String strangerKid) {
        return rs256(strangerKid, claims -> { }, newKeyPair().getPrivate());
    }

    /** Signed by a stranger's key but naming the server's kid. */
    String signedByAStrangerUnderTheRealKid() {
        return rs256(kid, claims -> { }, newKeyPair().getPrivate());
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The algorithm-confusion attack: HS256 "signed" with the server's public key as the secret. */
    String hs256WithThePublicKey() {
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(publicKey)
                + "\n-----END PUBLIC KEY-----\n";
        String unsigned = encode(Map.of("alg", "HS256", "typ", "JWT", "kid", kid)) + "." + encode(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pem.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return unsigned + "." + URL.encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String rs256(String keyId, Consumer<ObjectNode> change, PrivateKey key) {
        ObjectNode changed = claims.deepCopy();
        change.accept(changed);
        String unsigned = encode(Map.of("alg", "RS256", "typ", "JWT", "kid", keyId)) + "." + encode(changed);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return unsigned + "." + URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Object json) {
        try {
            return URL.encodeToString(Http.JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
