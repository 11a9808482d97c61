package io.ordo.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens made by an attacker, for tests that the server refuses them. Starts from the claims of a
 * real token and signs them with the server's own key (read from the database, as an insider
 * would), so a refusal is the claim's fault, not the signature's — the unchanged copy is accepted.
 */
final class ForgedTokens {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final ObjectNode claims;
    private final String kid;
    private final byte[] privateKey;
    private final byte[] publicKey;

    private ForgedTokens(ObjectNode claims, String kid, byte[] privateKey, byte[] publicKey) {
        this.claims = claims;
        this.kid = kid;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** Forges from {@code realToken}'s claims with the key that signed it. */
    static ForgedTokens from(String realToken) throws SQLException, java.io.IOException {
        String[] parts = realToken.split("\\.");
        ObjectNode header = (ObjectNode) Http.JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        ObjectNode claims = (ObjectNode) Http.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        String kid = header.get("kid").asText();
        try (Connection db = Stack.databaseAsSuperuser().getConnection();
             var query = db.prepareStatement("select private_key, public_key from identity.signing_keys where kid = ?")) {
            query.setString(1, kid);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no signing key " + kid);
                }
                return new ForgedTokens(claims, kid, row.getBytes(1), row.getBytes(2));
            }
        }
    }

    /** The real claims changed by {@code change}, signed RS256 with the server's key and kid. */
    String signed(Consumer<ObjectNode> change) {
        return rs256(kid, change, privateKey());
    }

    /** Signed by a key the server never issued, under a kid it does not know. */
    String signedByAStranger(String strangerKid) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return rs256(strangerKid, claims -> { }, generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signed by a stranger's key but naming the server's kid. */
    String signedByAStrangerUnderTheRealKid() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return rs256(kid, claims -> { }, generator.generateKeyPair().getPrivate());
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

    private PrivateKey privateKey() {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(privateKey));
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
