package io.ordo.identity.infrastructure;

import io.ordo.identity.domain.RefreshToken;
import io.ordo.identity.domain.RefreshTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaRefreshTokens implements RefreshTokens {

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Override
    public Optional<RefreshToken> lockByHash(String tokenHash) {
        return Optional.ofNullable(entityManager.find(RefreshToken.class, tokenHash, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(RefreshToken token) {
        entityManager.persist(token);
    }

    @Override
    public void revokeAllOf(String subject, Instant now) {
        entityManager.createNativeQuery(
                        "update identity.refresh_tokens set revoked_at = ?2 where subject = ?1 and revoked_at is null")
                .setParameter(1, subject)
                .setParameter(2, Timestamp.from(now))
                .executeUpdate();
    }

    @Override
    public void revokeFamily(UUID familyId, Instant now) {
        entityManager.createNativeQuery(
                        "update identity.refresh_tokens set revoked_at = ?2 where family_id = ?1 and revoked_at is null")
                .setParameter(1, familyId)
                .setParameter(2, Timestamp.from(now))
                .executeUpdate();
    }
}
