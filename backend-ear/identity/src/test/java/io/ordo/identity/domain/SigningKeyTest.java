package io.ordo.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SigningKeyTest {

    /** What the vault was given to seal, by data key id (the vault's own crypto is PersonalDataVault's to test). */
    private final Map<UUID, byte[]> vault = new HashMap<>();

    @Test
    void a_new_key_is_sealed_and_opens_to_the_same_private_key() {
        SigningKey key = SigningKey.generate(publicKey -> "kid-1", Instant.now());
        byte[] original = key.privateKey().getEncoded();
        assertThat(key.privateKeyUnsealed()).isTrue();

        key.sealPrivateKey(this::seal);

        assertThat(key.privateKeyUnsealed()).isFalse();
        assertThat(key.privateKey().getEncoded()).as("still usable in memory after sealing").isEqualTo(original);
    }

    @Test
    void a_key_read_back_signs_only_once_opened() throws Exception {
        SigningKey generated = SigningKey.generate(publicKey -> "kid-2", Instant.now());
        byte[] original = generated.privateKey().getEncoded();
        generated.sealPrivateKey(this::seal);
        SigningKey readBack = asReadFromTheDatabase(generated);

        assertThatThrownBy(readBack::privateKey).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kid-2").hasMessageContaining("sealed");
        readBack.openPrivateKey((keyId, ciphertext) -> vault.get(keyId));

        assertThat(readBack.privateKey().getEncoded()).isEqualTo(original);
    }

    private SigningKey.Sealed seal(byte[] pkcs8) {
        UUID id = UUID.randomUUID();
        vault.put(id, pkcs8.clone());
        return new SigningKey.Sealed(id, "sealed-" + id);
    }

    /** The stored columns only, as JPA would load them: no transient private key. */
    private static SigningKey asReadFromTheDatabase(SigningKey stored) throws ReflectiveOperationException {
        var constructor = SigningKey.class.getDeclaredConstructor();
        SigningKey loaded = constructor.newInstance();
        for (String field : new String[] {"kid", "publicKey", "createdAt", "sealedWith", "sealedPrivateKey"}) {
            var column = SigningKey.class.getDeclaredField(field);
            column.setAccessible(true);
            column.set(loaded, column.get(stored));
        }
        return loaded;
    }
}
