package io.ordo.identity.application;

import io.ordo.identity.domain.Account;
import io.ordo.identity.domain.Accounts;
import io.ordo.identity.domain.PasswordHasher;
import io.ordo.identity.domain.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/** Exchanges credentials for a signed access token (OAuth2 client credentials and password grants). */
@ApplicationScoped
public class TokenIssuer {

    /** Hashed once so that an unknown account costs as much time as a wrong secret. */
    private static final String DECOY_HASH = new PasswordHasher().hash("decoy".toCharArray());

    @Inject
    Accounts accounts;

    @Inject
    SigningKeyRing keyRing;

    @Inject
    @ConfigProperty(name = "ordo.jwt.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "ordo.jwt.audience")
    String audience;

    @Inject
    @ConfigProperty(name = "ordo.jwt.access-token-minutes", defaultValue = "15")
    int accessTokenMinutes;

    private final PasswordHasher hasher = new PasswordHasher();

    @Transactional
    public IssuedToken forClient(String clientId, char[] secret) throws AuthenticationFailed {
        return issueFor(verified(accounts.client(clientId), secret));
    }

    @Transactional
    public IssuedToken forUser(String username, char[] password) throws AuthenticationFailed {
        return issueFor(verified(accounts.user(username), password));
    }

    private Account verified(Optional<? extends Account> account, char[] secret) throws AuthenticationFailed {
        String hash = account.map(Account::secretHash).orElse(DECOY_HASH);
        boolean matches = hasher.matches(secret, hash);
        if (account.isEmpty() || !matches || !account.get().enabled()) {
            throw new AuthenticationFailed();
        }
        return account.get();
    }

    private IssuedToken issueFor(Account account) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audience);
        claims.setSubject(account.subject());
        claims.setClaim("upn", account.subject());
        claims.setStringListClaim("groups", new ArrayList<>(account.roles()));
        claims.setGeneratedJwtId();
        claims.setIssuedAtToNow();
        claims.setNotBeforeMinutesInThePast(0);
        claims.setExpirationTimeMinutesInTheFuture(accessTokenMinutes);

        SigningKey key = keyRing.current();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.privateKey());
        jws.setKeyIdHeaderValue(key.kid());
        jws.setHeader("typ", "JWT");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return new IssuedToken(jws.getCompactSerialization(), accessTokenMinutes * 60L);
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign the access token", e);
        }
    }
}
