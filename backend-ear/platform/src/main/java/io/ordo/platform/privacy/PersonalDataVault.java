package io.ordo.platform.privacy;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals and opens personal data. Each data subject gets a data key of their own on first use,
 * stored only wrapped by the active master key ({@code platform.data_keys}); the data itself is
 * sealed with that data key and the caller stores the key id beside it. {@link #shred} destroys a
 * subject's keys: everything sealed for them stays in place and can never be opened again.
 */
@ApplicationScoped
public class PersonalDataVault {

    /** A sealed value and the id of the data key it was sealed with, to be stored side by side. */
    public record Sealed(UUID keyId, String ciphertext) {
    }

    /**
     * A sealed value as stored, to open. {@code place} is what it was sealed for (e.g. the row it
     * belongs to): it must be the same to open it.
     */
    public record Stored(UUID keyId, String ciphertext, String place) {
    }

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Inject
    @ConfigProperty(name = "ordo.privacy.master-keys")
    Optional<String> masterKeySpec;

    @Inject
    @ConfigProperty(name = "ordo.privacy.active-master-key")
    Optional<String> activeMasterKey;

    @Inject
    @ConfigProperty(name = "ordo.privacy.search-key")
    Optional<String> searchKeySpec;

    private MasterKeys masterKeys;
    private SecretKey searchKey;

    /** One per thread (a Mac is not thread-safe), made once: a placement hashes every word of the customer's name and email. */
    private final ThreadLocal<Mac> searchMac = ThreadLocal.withInitial(() -> {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(searchKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    });

    @PostConstruct
    void readKeys() {
        masterKeys = MasterKeys.parse(masterKeySpec.orElse(null), activeMasterKey.orElse(null));
        String search = searchKeySpec.filter(value -> !value.isBlank()).orElseThrow(() -> new IllegalArgumentException(
                "no search key configured: set ordo.privacy.search-key (ORDO_PRIVACY_SEARCH_KEY) to base64 of 32 random bytes"));
        searchKey = new SecretKeySpec(MasterKeys.decodeKey("ordo.privacy.search-key", search).getEncoded(), "HmacSHA256");
    }

    /** Checks the configuration at start-up, so a missing key stops the server with a clear message. */
    public void requireKeys() {
        masterKeys.active();
    }

    /**
     * A keyed hash (HMAC-SHA256, hex) of a value compared exactly, e.g. an email address: equal
     * values have equal hashes, but the hash reveals nothing without the search key. Case and
     * surrounding space are ignored.
     */
    public String searchHash(String value) {
        byte[] digest = searchMac.get().doFinal(value.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    /** Seals {@code plaintext} for {@code subject}, whose data key is made on first use. */
    @Transactional
    public Sealed seal(String subject, String plaintext, String place) {
        DataKey dataKey = dataKeyOf(subject);
        byte[] sealed = AesGcm.seal(dataKey.key(), plaintext.getBytes(StandardCharsets.UTF_8), associatedData(dataKey.id(), place));
        return new Sealed(dataKey.id(), Base64.getEncoder().encodeToString(sealed));
    }

    /** The plaintext, or empty when the subject's key was destroyed (their data was erased). */
    public Optional<String> open(Stored stored) {
        return openAll(List.of(stored)).get(0);
    }

    /**
     * {@link #open} for many values with one look-up of their keys; results in the same order.
     * A read needs no transaction of its own (one statement reads the keys): it joins the
     * caller's, if any.
     */
    public List<Optional<String>> openAll(List<Stored> values) {
        Set<UUID> keyIds = values.stream().map(Stored::keyId).collect(Collectors.toSet());
        Map<UUID, WrappedKey> wrapped = keyIds.isEmpty() ? Map.of() : loadWrapped(keyIds);
        Map<UUID, Optional<SecretKey>> keys = new HashMap<>();
        List<Optional<String>> opened = new ArrayList<>(values.size());
        for (Stored value : values) {
            Optional<SecretKey> key = keys.computeIfAbsent(value.keyId(), id -> unwrap(wrapped.get(id)));
            opened.add(key.map(dataKey -> new String(AesGcm.open(dataKey, Base64.getDecoder().decode(value.ciphertext()),
                    associatedData(value.keyId(), value.place())), StandardCharsets.UTF_8)));
        }
        return opened;
    }

    /**
     * Destroys every data key of {@code subject}: all data sealed for them becomes unreadable, for
     * good. A later {@link #seal} for the same subject starts a new key.
     *
     * @return how many keys were destroyed (0 when there was nothing to erase)
     */
    @Transactional
    public int shred(String subject) {
        return entityManager.createNativeQuery("""
                update platform.data_keys set wrapped_key = null, master_key_id = null, destroyed_at = now()
                where subject = ?1 and destroyed_at is null
                """).setParameter(1, subject).executeUpdate();
    }

    /**
     * Re-wraps up to {@code limit} data keys that are not under the active master key yet (after a
     * rotation), each once even with several servers doing it at once.
     *
     * @return how many were re-wrapped; fewer than {@code limit} means none is left
     */
    @Transactional
    public int rewrapUnderActiveKey(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, wrapped_key, master_key_id from platform.data_keys
                where destroyed_at is null and master_key_id <> ?1
                order by created_at
                limit ?2
                for update skip locked
                """).setParameter(1, masterKeys.activeId()).setParameter(2, limit).getResultList();
        for (Object[] row : rows) {
            WrappedKey old = wrappedKey(row);
            SecretKey dataKey = unwrap(old).orElseThrow();
            entityManager.createNativeQuery("""
                    update platform.data_keys set wrapped_key = ?1, master_key_id = ?2 where id = ?3
                    """)
                    .setParameter(1, wrap(old.id(), dataKey))
                    .setParameter(2, masterKeys.activeId())
                    .setParameter(3, old.id())
                    .executeUpdate();
        }
        return rows.size();
    }

    /** The id of the master key new data keys are wrapped with; older ones are being re-wrapped. */
    public String activeMasterKeyId() {
        return masterKeys.activeId();
    }

    private record DataKey(UUID id, SecretKey key) {
    }

    /** The subject's data key: a new one is used as generated, an existing one read and unwrapped. */
    private DataKey dataKeyOf(String subject) {
        UUID freshId = UUID.randomUUID();
        SecretKey fresh = AesGcm.newKey();
        List<?> inserted = entityManager.createNativeQuery("""
                insert into platform.data_keys (id, subject, wrapped_key, master_key_id)
                values (?1, ?2, ?3, ?4)
                on conflict (subject) where destroyed_at is null do nothing
                returning id
                """)
                .setParameter(1, freshId)
                .setParameter(2, subject)
                .setParameter(3, wrap(freshId, fresh))
                .setParameter(4, masterKeys.activeId())
                .getResultList();
        if (!inserted.isEmpty()) {
            return new DataKey(freshId, fresh);
        }
        // Theirs already, or a concurrent first order's: the insert waited for it, and this statement sees it.
        @SuppressWarnings("unchecked")
        List<Object[]> existing = entityManager.createNativeQuery("""
                select id, wrapped_key, master_key_id from platform.data_keys where subject = ?1 and destroyed_at is null
                """).setParameter(1, subject).getResultList();
        WrappedKey wrapped = wrappedKey(existing.get(0));
        return new DataKey(wrapped.id(), unwrap(wrapped).orElseThrow());
    }

    private byte[] wrap(UUID keyId, SecretKey dataKey) {
        return AesGcm.seal(masterKeys.active(), dataKey.getEncoded(), wrapContext(keyId));
    }

    private Optional<SecretKey> unwrap(WrappedKey wrapped) {
        if (wrapped == null || wrapped.bytes() == null) {
            return Optional.empty();
        }
        SecretKey master = masterKeys.byId(wrapped.masterKeyId()).orElseThrow(() -> new IllegalStateException(
                "data key " + wrapped.id() + " is wrapped by master key " + wrapped.masterKeyId()
                        + ", which is no longer configured in ordo.privacy.master-keys " + masterKeys.ids()
                        + "; put it back until re-wrapping has finished"));
        return Optional.of(AesGcm.key(AesGcm.open(master, wrapped.bytes(), wrapContext(wrapped.id()))));
    }

    private Map<UUID, WrappedKey> loadWrapped(Set<UUID> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, wrapped_key, master_key_id from platform.data_keys where id in (:ids)
                """).setParameter("ids", ids).getResultList();
        return rows.stream().map(PersonalDataVault::wrappedKey).collect(Collectors.toMap(WrappedKey::id, key -> key));
    }

    private static WrappedKey wrappedKey(Object[] row) {
        return new WrappedKey((UUID) row[0], (byte[]) row[1], (String) row[2]);
    }

    private static byte[] wrapContext(UUID keyId) {
        return ("ordo data key " + keyId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] associatedData(UUID keyId, String place) {
        return (keyId + " " + place).getBytes(StandardCharsets.UTF_8);
    }

    private record WrappedKey(UUID id, byte[] bytes, String masterKeyId) {
    }
}
