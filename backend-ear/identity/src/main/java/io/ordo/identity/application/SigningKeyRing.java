package io.ordo.identity.application;

import io.ordo.identity.domain.SigningKey;
import io.ordo.identity.domain.SigningKeys;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * The keys that sign and verify access tokens. They live in the database, so every server signs
 * with the same key and publishes the same key set; the first server to start creates one.
 */
@ApplicationScoped
public class SigningKeyRing {

    public static final int START_PRIORITY = 2000;

    @Inject
    SigningKeys keys;

    private volatile List<SigningKey> published = List.of();

    @Transactional
    void ensureSigningKey(@Observes @Priority(START_PRIORITY) Startup startup) {
        keys.lockForRotation();
        if (keys.published().isEmpty()) {
            keys.add(SigningKey.generate(SigningKeyRing::thumbprint, Instant.now()));
        }
        published = List.copyOf(keys.published());
    }

    /** The newest key: every new token is signed with it. */
    public SigningKey current() {
        if (published.isEmpty()) {
            throw new IllegalStateException("no signing key yet: the application has not finished starting");
        }
        return published.get(0);
    }

    /** The public half of every key whose tokens are accepted, as a JWKS document. */
    public String publicKeySet() {
        JsonWebKeySet set = new JsonWebKeySet();
        for (SigningKey key : published) {
            set.addJsonWebKey(jwk(key));
        }
        return set.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    private static RsaJsonWebKey jwk(SigningKey key) {
        RsaJsonWebKey jwk = new RsaJsonWebKey(key.publicKey());
        jwk.setKeyId(key.kid());
        jwk.setUse("sig");
        jwk.setAlgorithm("RS256");
        return jwk;
    }

    static String thumbprint(java.security.interfaces.RSAPublicKey publicKey) {
        return new RsaJsonWebKey(publicKey).calculateBase64urlEncodedThumbprint("SHA-256");
    }
}
