package io.ordo.identity.application;

import io.ordo.identity.domain.SigningKey;
import io.ordo.identity.domain.SigningKeys;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * The keys that sign and verify access tokens. They live in the database, so every server signs
 * with the same key and publishes the same key set; the first server to start creates one. An
 * admin rotates them: every server's verifier trusts the new key within
 * {@link #KEY_SET_REFRESH} ({@link KeySetPublisher}), and only then, {@link #SIGNING_DELAY} after
 * its creation, does any server sign with it, so no server ever receives a token whose key it
 * does not know yet. The previous key stays published so tokens it signed stay valid until they
 * expire, and older ones are retired.
 */
@ApplicationScoped
public class SigningKeyRing {

    private static final Logger LOG = Logger.getLogger(SigningKeyRing.class.getName());

    public static final int START_PRIORITY = 2000;

    /** How long a server keeps signing with the key it read before looking for a newer one. */
    static final Duration SIGNING_KEY_TTL = Duration.ofSeconds(10);

    /** How often every server hands the published keys to its verifier. */
    static final Duration KEY_SET_REFRESH = Duration.ofSeconds(1);

    /** How long a new key is only published before it signs: several refreshes of every server's key set. */
    static final Duration SIGNING_DELAY = KEY_SET_REFRESH.multipliedBy(3);

    @Inject
    SigningKeys keys;

    @Inject
    @ConfigProperty(name = "ordo.jwt.access-token-minutes", defaultValue = "15")
    int accessTokenMinutes;

    private record Cached(SigningKey key, Instant until) {
    }

    private volatile Cached signing;

    @Transactional
    void ensureSigningKey(@Observes @Priority(START_PRIORITY) Startup startup) {
        keys.lockForRotation();
        int sealed = keys.sealThoseInTheClear();
        if (sealed > 0) {
            LOG.info(() -> sealed + " token signing keys stored in the clear are now sealed");
        }
        if (keys.published().isEmpty()) {
            keys.add(SigningKey.generate(SigningKeyRing::thumbprint, Instant.now()));
        }
    }

    /** The newest key that every server already trusts: every new token is signed with it. */
    @Transactional
    public SigningKey current() {
        Cached cached = signing;
        Instant now = Instant.now();
        if (cached == null || !now.isBefore(cached.until())) {
            List<SigningKey> published = keys.published();
            if (published.isEmpty()) {
                throw new IllegalStateException("no signing key yet: the application has not finished starting");
            }
            SigningKey signer = signerAt(published, now);
            Instant until = now.plus(SIGNING_KEY_TTL);
            if (published.get(0) != signer) {
                Instant newerSigns = published.get(0).createdAt().plus(SIGNING_DELAY);
                until = newerSigns.isBefore(until) ? newerSigns : until;
            }
            cached = new Cached(keys.withPrivateKey(signer), until);
            signing = cached;
        }
        return cached.key();
    }

    /**
     * The newest key created at least {@link #SIGNING_DELAY} ago; the oldest published key if
     * none is that old (the very first key, published before the server took traffic).
     */
    static SigningKey signerAt(List<SigningKey> newestFirst, Instant now) {
        Instant trustedEverywhere = now.minus(SIGNING_DELAY);
        return newestFirst.stream()
                .filter(key -> !key.createdAt().isAfter(trustedEverywhere))
                .findFirst()
                .orElse(newestFirst.get(newestFirst.size() - 1));
    }

    /**
     * The public half of every key whose tokens are accepted, as a JWKS document. Read afresh
     * each time: a server must verify a token signed with a key another server just created.
     */
    @Transactional
    public String publicKeySet() {
        JsonWebKeySet set = new JsonWebKeySet();
        for (SigningKey key : keys.published()) {
            set.addJsonWebKey(jwk(key));
        }
        return set.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    /**
     * Creates a new signing key, which signs once every server trusts it ({@link #SIGNING_DELAY}).
     * An older key is retired only once no unexpired token can carry
     * its signature: its successor has been signing for longer than an access token lives.
     */
    @Transactional
    public SigningKey rotate() {
        keys.lockForRotation();
        Instant now = Instant.now();
        List<SigningKey> before = keys.published();
        SigningKey fresh = SigningKey.generate(SigningKeyRing::thumbprint, now);
        keys.add(fresh);
        Instant stillSigning = now.minus(Duration.ofMinutes(accessTokenMinutes))
                .minus(SIGNING_KEY_TTL.multipliedBy(2)).minus(SIGNING_DELAY);
        for (int i = 1; i < before.size(); i++) {
            if (before.get(i - 1).createdAt().isBefore(stillSigning)) {
                before.get(i).retire(now);
            }
        }
        signing = null;
        return fresh;
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
