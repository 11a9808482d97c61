package io.ordo.identity.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The revocations in force, as one server holds them in memory to judge every access token
 * without asking the database. A token is refused when its subject or its sign-in was revoked at
 * or after the second it was issued ({@code iat} has whole seconds only); a token issued in the
 * same second as a revocation of its subject is therefore stamped with the next second
 * ({@link #issuedAtAfter}), so an account enabled again at once is not refused its new tokens.
 */
public final class RevokedTokens {

    public static final RevokedTokens NONE = new RevokedTokens(List.of());

    private final Map<String, Instant> subjects = new HashMap<>();
    private final Map<UUID, Instant> families = new HashMap<>();

    public RevokedTokens(Collection<TokenRevocation> revocations) {
        for (TokenRevocation revocation : revocations) {
            Instant second = revocation.revokedAt().truncatedTo(ChronoUnit.SECONDS);
            if (revocation.subject() != null) {
                subjects.merge(revocation.subject(), second, RevokedTokens::later);
            } else {
                families.merge(revocation.family(), second, RevokedTokens::later);
            }
        }
    }

    /**
     * @param family the refresh-token family the token was issued from, or null (client
     *               credentials, or a token from another issuer)
     */
    public boolean refuses(String subject, UUID family, Instant issuedAt) {
        return revokedSince(subjects.get(subject), issuedAt) || (family != null && revokedSince(families.get(family), issuedAt));
    }

    /** The {@code iat} of a token issued now for a subject last revoked at {@code lastRevocation}, if ever. */
    public static Instant issuedAtAfter(Instant lastRevocation, Instant now) {
        Instant second = now.truncatedTo(ChronoUnit.SECONDS);
        if (lastRevocation == null || lastRevocation.truncatedTo(ChronoUnit.SECONDS).isBefore(second)) {
            return second;
        }
        return lastRevocation.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    }

    private static boolean revokedSince(Instant revokedAt, Instant issuedAt) {
        return revokedAt != null && !issuedAt.isAfter(revokedAt);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
