package io.ordo.identity.infrastructure;

import io.ordo.identity.domain.TokenRevocation;
import io.ordo.identity.domain.TokenRevocations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaTokenRevocations implements TokenRevocations {

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Override
    public void add(TokenRevocation revocation) {
        // One column or the other, never a typeless null bound to a uuid column.
        String column = revocation.subject() != null ? "subject" : "family_id";
        entityManager.createNativeQuery(
                        "insert into identity.token_revocations (" + column + ", revoked_at) values (?1, ?2)")
                .setParameter(1, revocation.subject() != null ? revocation.subject() : revocation.family())
                .setParameter(2, Timestamp.from(revocation.revokedAt()))
                .executeUpdate();
    }

    @Override
    public List<TokenRevocation> since(Instant since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select subject, family_id, revoked_at from identity.token_revocations where revoked_at > ?1")
                .setParameter(1, Timestamp.from(since))
                .getResultList();
        return rows.stream()
                .map(row -> new TokenRevocation((String) row[0], (UUID) row[1], instant(row[2])))
                .toList();
    }

    @Override
    public Optional<Instant> latestOf(String subject) {
        Object latest = entityManager.createNativeQuery(
                        "select max(revoked_at) from identity.token_revocations where subject = ?1")
                .setParameter(1, subject)
                .getSingleResult();
        return Optional.ofNullable(latest).map(JpaTokenRevocations::instant);
    }

    @Override
    public int forgetBefore(Instant before) {
        return entityManager.createNativeQuery("delete from identity.token_revocations where revoked_at < ?1")
                .setParameter(1, Timestamp.from(before))
                .executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
