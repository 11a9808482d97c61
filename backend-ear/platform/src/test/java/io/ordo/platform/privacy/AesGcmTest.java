package io.ordo.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class AesGcmTest {

    private static final byte[] HERE = "ordering.orders 1".getBytes(StandardCharsets.UTF_8);
    private final SecretKey key = AesGcm.newKey();

    @Test
    void a_sealed_value_opens_with_its_key_in_its_place() {
        byte[] plaintext = "Ada Lovelace, ada@example.org".getBytes(StandardCharsets.UTF_8);

        byte[] sealed = AesGcm.seal(key, plaintext, HERE);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Lovelace");
        assertThat(AesGcm.open(key, sealed, HERE)).isEqualTo(plaintext);
    }

    @Test
    void the_same_value_sealed_twice_looks_different() {
        byte[] plaintext = "same".getBytes(StandardCharsets.UTF_8);

        assertThat(AesGcm.seal(key, plaintext, HERE)).isNotEqualTo(AesGcm.seal(key, plaintext, HERE));
    }

    @Test
    void another_key_another_place_or_a_flipped_bit_does_not_open() {
        byte[] sealed = AesGcm.seal(key, "secret".getBytes(StandardCharsets.UTF_8), HERE);
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;

        assertThatThrownBy(() -> AesGcm.open(AesGcm.newKey(), sealed, HERE)).isInstanceOf(AesGcm.SealBroken.class);
        assertThatThrownBy(() -> AesGcm.open(key, sealed, "ordering.orders 2".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AesGcm.SealBroken.class);
        assertThatThrownBy(() -> AesGcm.open(key, tampered, HERE)).isInstanceOf(AesGcm.SealBroken.class);
        assertThatThrownBy(() -> AesGcm.open(key, new byte[] {9, 9, 9}, HERE)).isInstanceOf(AesGcm.SealBroken.class);
    }

    @Test
    void keys_are_256_bits() {
        assertThat(key.getEncoded()).hasSize(32);
        assertThatThrownBy(() -> AesGcm.key(new byte[16])).hasMessageContaining("32 bytes");
    }
}
