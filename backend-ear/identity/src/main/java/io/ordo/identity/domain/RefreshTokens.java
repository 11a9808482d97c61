package io.ordo.identity.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Where refresh tokens are kept (by hash). */
public interface RefreshTokens {

    Optional<RefreshToken> lockByHash(String tokenHash);

    void add(RefreshToken token);

    void revokeFamily(UUID familyId, Instant now);

    /** Revokes every refresh token of a subject, e.g. when the account is disabled. */
    void revokeAllOf(String subject, Instant now);
}
