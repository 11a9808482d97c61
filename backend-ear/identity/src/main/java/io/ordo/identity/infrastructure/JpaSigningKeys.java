package io.ordo.identity.infrastructure;

import io.ordo.identity.domain.SigningKey;
import io.ordo.identity.domain.SigningKeys;
import io.ordo.platform.privacy.PersonalDataVault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Base64;
import java.util.List;

@ApplicationScoped
public class JpaSigningKeys implements SigningKeys {

    /** Any constant shared by all servers: the advisory lock that serialises key creation. */
    private static final long ROTATION_LOCK = 0x6f72646f_6b657973L;

    /** The vault's subject whose data key seals the signing keys; no email hashes to it, so no erasure reaches it. */
    static final String VAULT_SUBJECT = "identity:token-signing-keys";

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Inject
    PersonalDataVault vault;

    @Override
    public List<SigningKey> published() {
        return entityManager.createQuery(
                        "select k from SigningKey k where k.retiredAt is null order by k.createdAt desc", SigningKey.class)
                .getResultList();
    }

    @Override
    public void add(SigningKey key) {
        seal(key);
        entityManager.persist(key);
    }

    @Override
    public SigningKey withPrivateKey(SigningKey key) {
        key.openPrivateKey((keyId, sealed) -> Base64.getDecoder().decode(vault.open(new PersonalDataVault.Stored(keyId, sealed, key.kid()))
                .orElseThrow(() -> new IllegalStateException("the data key that sealed signing key " + key.kid() + " is gone"))));
        return key;
    }

    @Override
    public int sealThoseInTheClear() {
        List<SigningKey> inTheClear = entityManager.createQuery(
                        "select k from SigningKey k where k.sealedPrivateKey is null", SigningKey.class)
                .getResultList();
        inTheClear.forEach(this::seal);
        return inTheClear.size();
    }

    private void seal(SigningKey key) {
        key.sealPrivateKey(pkcs8 -> {
            PersonalDataVault.Sealed sealed = vault.seal(VAULT_SUBJECT, Base64.getEncoder().encodeToString(pkcs8), key.kid());
            return new SigningKey.Sealed(sealed.keyId(), sealed.ciphertext());
        });
    }

    @Override
    public void lockForRotation() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, ROTATION_LOCK)
                .getSingleResult();
    }
}
