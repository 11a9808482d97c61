package io.ordo.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageFingerprintTest {

    @Test
    void a_redelivered_message_has_the_same_fingerprint() {
        assertThat(MessageFingerprint.of("{\"id\":\"1\"}")).isEqualTo(MessageFingerprint.of("{\"id\":\"1\"}"));
    }

    @Test
    void different_messages_have_different_fingerprints() {
        assertThat(MessageFingerprint.of("{\"id\":\"1\"}")).isNotEqualTo(MessageFingerprint.of("{\"id\":\"2\"}"));
    }

    @Test
    void the_fingerprint_is_the_sha_256_in_64_hex_digits() {
        assertThat(MessageFingerprint.of("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
