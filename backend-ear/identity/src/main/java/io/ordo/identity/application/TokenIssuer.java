package io.ordo.identity.application;

import io.ordo.identity.domain.Account;
import io.ordo.identity.domain.Accounts;
import io.ordo.identity.domain.PasswordHasher;
import io.ordo.identity.domain.RefreshToken;
import io.ordo.identity.domain.RefreshTokens;
import io.ordo.identity.domain.SigningKey;
import io.ordo.identity.domain.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Exchanges credentials for signed access tokens: client credentials for storefronts, password
 * (with a rotating refresh token) for people. Failed attempts are throttled per account and per
 * address; refusals never say whether the account exists. Transactions commit on a refusal
 * (checked exceptions), so failure counts and revoked token families are kept.
 */
@ApplicationScoped
public class TokenIssuer {

    /**
     * The claim naming the sign-in (refresh-token family) an access token comes from, so that
     * revoking the family revokes its access tokens too: OpenID Connect's session id.
     */
    public static final String SIGN_IN_CLAIM = "sid";

    /** Hashed once so that an unknown account costs as much time as a wrong secret. */
    private static final String DECOY_HASH = new PasswordHasher().hash("decoy".toCharArray());

    @Inject
    Accounts accounts;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    SigningKeyRing keyRing;

    @Inject
    SignInGuard guard;

    @Inject
    RevocationList revocationList;

    @Inject
    @ConfigProperty(name = "ordo.jwt.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "ordo.jwt.audience")
    String audience;

    @Inject
    @ConfigProperty(name = "ordo.jwt.access-token-minutes", defaultValue = "15")
    int accessTokenMinutes;

    @Inject
    @ConfigProperty(name = "ordo.jwt.refresh-token-hours", defaultValue = "8")
    int refreshTokenHours;

    private final PasswordHasher hasher = new PasswordHasher();
    private final Clock clock = Clock.systemUTC();

    @Transactional
    public IssuedToken forClient(String clientId, char[] secret, String address) throws AuthenticationFailed, SignInThrottled {
        guard.requireNotBlocked("client:" + clientId, address);
        Account client = verified(accounts.client(clientId), secret, "client:" + clientId, address);
        return new IssuedToken(accessToken(client, null), accessTokenMinutes * 60L, null);
    }

    @Transactional
    public IssuedToken forUser(String username, char[] password, String address) throws AuthenticationFailed, SignInThrottled {
        guard.requireNotBlocked(username, address);
        Account user = verified(accounts.user(username), password, username, address);
        UUID family = UUID.randomUUID();
        return new IssuedToken(accessToken(user, family), accessTokenMinutes * 60L, newRefreshToken(user, family));
    }

    /**
     * Exchanges a refresh token for new tokens; the presented one is used up. Presenting a token
     * a second time revokes every token of its family: either the legitimate client or a thief
     * holds a copy, and neither may go on.
     */
    @Transactional
    public IssuedToken refresh(String presented) throws AuthenticationFailed {
        Instant now = clock.instant();
        RefreshToken token = refreshTokens.lockByHash(RefreshToken.hash(presented)).orElseThrow(AuthenticationFailed::new);
        Optional<RefreshToken.Refusal> refusal = token.refusalAt(now);
        if (refusal.isPresent()) {
            if (refusal.get() == RefreshToken.Refusal.REUSED) {
                revokeFamily(token.familyId(), now);
            }
            throw new AuthenticationFailed();
        }
        token.markUsed(now);
        Optional<StaffUser> user = accounts.user(token.subject()).filter(StaffUser::enabled);
        if (user.isEmpty()) {
            revokeFamily(token.familyId(), now);
            throw new AuthenticationFailed();
        }
        return new IssuedToken(accessToken(user.get(), token.familyId()), accessTokenMinutes * 60L,
                newRefreshToken(user.get(), token.familyId()));
    }

    /** The refresh tokens of the family, and the access tokens issued from it. */
    private void revokeFamily(UUID family, Instant now) {
        refreshTokens.revokeFamily(family, now);
        revocationList.revokeFamily(family);
    }

    /**
     * Ends the session a refresh token belongs to (RFC 7009): its whole family is revoked, so
     * neither it nor a copy of an earlier one can be exchanged again. An unknown token is not an
     * error: the answer must not tell a guesser which tokens exist.
     */
    @Transactional
    public void revoke(String presented) {
        refreshTokens.lockByHash(RefreshToken.hash(presented))
                .ifPresent(token -> refreshTokens.revokeFamily(token.familyId(), clock.instant()));
    }

    private Account verified(Optional<? extends Account> account, char[] secret, String throttleKey, String address)
            throws AuthenticationFailed {
        String hash = account.map(Account::secretHash).orElse(DECOY_HASH);
        boolean matches = hasher.matches(secret, hash);
        if (account.isEmpty() || !matches || !account.get().enabled()) {
            guard.failed(throttleKey, address);
            throw new AuthenticationFailed();
        }
        guard.succeeded(throttleKey);
        return account.get();
    }

    private String newRefreshToken(Account user, UUID family) {
        RefreshToken.Issued issued = RefreshToken.issue(user.subject(), family, clock.instant(), Duration.ofHours(refreshTokenHours));
        refreshTokens.add(issued.token());
        return issued.value();
    }

    /** @param family the refresh-token family of a person's sign-in, as {@code sid}; null for clients */
    private String accessToken(Account account, UUID family) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audience);
        claims.setSubject(account.subject());
        claims.setClaim("upn", account.subject());
        claims.setStringListClaim("groups", new ArrayList<>(account.roles()));
        if (family != null) {
            claims.setClaim(SIGN_IN_CLAIM, family.toString());
        }
        claims.setGeneratedJwtId();
        claims.setIssuedAt(NumericDate.fromSeconds(revocationList.issuedAtFor(account.subject()).getEpochSecond()));
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
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign the access token", e);
        }
    }
}
