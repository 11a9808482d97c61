package io.ordo.identity.infrastructure;

import io.ordo.identity.domain.SignInThrottle;
import io.ordo.identity.domain.ThrottlePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSignInThrottle implements SignInThrottle {

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Override
    public Optional<ThrottlePolicy.Failures> find(String key) {
        return read(key, "");
    }

    @Override
    public Optional<ThrottlePolicy.Failures> lock(String key) {
        return read(key, " for update");
    }

    private Optional<ThrottlePolicy.Failures> read(String key, String lockClause) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select failures, window_started_at, blocked_until from identity.sign_in_throttle
                where throttle_key = ?1""" + lockClause)
                .setParameter(1, key)
                .getResultList();
        return rows.stream().findFirst()
                .map(row -> new ThrottlePolicy.Failures(((Number) row[0]).intValue(), instant(row[1]), instant(row[2])));
    }

    @Override
    public void save(String key, ThrottlePolicy.Failures failures) {
        entityManager.createNativeQuery("""
                insert into identity.sign_in_throttle (throttle_key, failures, window_started_at, blocked_until)
                values (?1, ?2, ?3, ?4)
                on conflict (throttle_key) do update
                set failures = excluded.failures, window_started_at = excluded.window_started_at,
                    blocked_until = excluded.blocked_until
                """)
                .setParameter(1, key)
                .setParameter(2, failures.count())
                .setParameter(3, Timestamp.from(failures.windowStartedAt()))
                .setParameter(4, failures.blockedUntil() == null ? null : Timestamp.from(failures.blockedUntil()))
                .executeUpdate();
    }

    @Override
    public void forget(String key) {
        entityManager.createNativeQuery("delete from identity.sign_in_throttle where throttle_key = ?1")
                .setParameter(1, key)
                .executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
