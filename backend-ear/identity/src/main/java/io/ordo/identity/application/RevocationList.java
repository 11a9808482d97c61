package io.ordo.identity.application;

import io.ordo.identity.domain.RevokedTokens;
import io.ordo.identity.domain.TokenRevocation;
import io.ordo.identity.domain.TokenRevocations;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Access tokens revoked before they expire (a disabled account, a reset password, a revoked
 * refresh-token family), refused on every server within a second or two: revocations are rows in
 * the database, and each server reads the recent ones into memory every
 * {@code ordo.identity.revocations.refresh-ms}, so judging a request costs no database round trip.
 * Only revocations younger than an access token's lifetime are kept: older ones concern expired
 * tokens only.
 */
@ApplicationScoped
public class RevocationList {

    /** After migrations (the table must exist), before the server takes traffic. */
    public static final int START_PRIORITY = SigningKeyRing.START_PRIORITY + 100;

    private static final Logger LOG = Logger.getLogger(RevocationList.class.getName());

    /** Beyond the access token's lifetime: the verifier's clock skew and clocks that differ between servers. */
    private static final Duration MARGIN = Duration.ofMinutes(1);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TokenRevocations revocations;

    @Inject
    @ConfigProperty(name = "ordo.jwt.access-token-minutes", defaultValue = "15")
    int accessTokenMinutes;

    @Inject
    @ConfigProperty(name = "ordo.identity.revocations.refresh-ms", defaultValue = "1000")
    long refreshMillis;

    private final Clock clock = Clock.systemUTC();
    private volatile RevokedTokens inForce = RevokedTokens.NONE;
    private ScheduledFuture<?> polling;
    private boolean failing;

    void start(@Observes @Priority(START_PRIORITY) Startup startup) {
        reload();
        polling = scheduler.scheduleWithFixedDelay(this::reload, refreshMillis, refreshMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    /** Revokes every access token of a subject issued until now. Joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeSubject(String subject) {
        record(TokenRevocation.ofSubject(subject, clock.instant()));
    }

    /** Revokes every access token issued from a refresh-token family until now. Joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeFamily(UUID family) {
        record(TokenRevocation.ofFamily(family, clock.instant()));
    }

    /** The {@code iat} to give a token issued now for this subject: never a second its tokens were revoked in. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Instant issuedAtFor(String subject) {
        return RevokedTokens.issuedAtAfter(revocations.latestOf(subject).orElse(null), clock.instant());
    }

    /**
     * Whether a token that passed signature and expiry checks was revoked since it was issued.
     *
     * @param family the refresh-token family of the token's sign-in, null if it has none
     */
    public boolean refuses(String subject, UUID family, Instant issuedAt) {
        return inForce.refuses(subject, family, issuedAt);
    }

    private void record(TokenRevocation revocation) {
        revocations.add(revocation);
        revocations.forgetBefore(revocation.revokedAt().minus(relevance()));
    }

    /** Keeps the previous list while the database cannot be read: a revocation made then waits for it. */
    private void reload() {
        try {
            inForce = new RevokedTokens(revocations.since(clock.instant().minus(relevance())));
            if (failing) {
                LOG.info("Token revocations are read again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.log(Level.WARNING, "Cannot read token revocations; the last list read stays in force: {0}", e.toString());
                failing = true;
            }
        }
    }

    private Duration relevance() {
        return Duration.ofMinutes(accessTokenMinutes).plus(MARGIN);
    }
}
