package io.ordo.identity.infrastructure;

import io.ordo.identity.domain.SigningKey;
import io.ordo.identity.domain.SigningKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaSigningKeys implements SigningKeys {

    /** Any constant shared by all servers: the advisory lock that serialises key creation. */
    private static final long ROTATION_LOCK = 0x6f72646f_6b657973L;

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Override
    public List<SigningKey> published() {
        return entityManager.createQuery(
                        "select k from SigningKey k where k.retiredAt is null order by k.createdAt desc", SigningKey.class)
                .getResultList();
    }

    @Override
    public void add(SigningKey key) {
        entityManager.persist(key);
    }

    @Override
    public void lockForRotation() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, ROTATION_LOCK)
                .getSingleResult();
    }
}
