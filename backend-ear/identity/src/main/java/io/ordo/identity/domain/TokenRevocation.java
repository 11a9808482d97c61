package io.ordo.identity.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The access tokens that stopped being valid before they expire: every token of a subject (an
 * account that was disabled, deleted or had its password reset) or of a sign-in (a refresh-token
 * family that was revoked) issued until {@code revokedAt}.
 */
public record TokenRevocation(String subject, UUID family, Instant revokedAt) {

    public TokenRevocation {
        Objects.requireNonNull(revokedAt, "revokedAt");
        if ((subject == null) == (family == null)) {
            throw new IllegalArgumentException("a revocation names either a subject or a refresh-token family");
        }
    }

    public static TokenRevocation ofSubject(String subject, Instant revokedAt) {
        return new TokenRevocation(Objects.requireNonNull(subject, "subject"), null, revokedAt);
    }

    public static TokenRevocation ofFamily(UUID family, Instant revokedAt) {
        return new TokenRevocation(null, Objects.requireNonNull(family, "family"), revokedAt);
    }
}
