package io.ordo.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordo.identity.domain.SigningKey;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SigningKeyRingTest {

    private final Instant now = Instant.parse("2026-12-07T21:00:00Z");
    private final SigningKey old = SigningKey.generate(publicKey -> "old", now.minusSeconds(3600));

    @Test
    void a_new_key_does_not_sign_until_every_server_had_time_to_trust_it() {
        SigningKey fresh = SigningKey.generate(publicKey -> "fresh", now.minusSeconds(1));

        assertThat(SigningKeyRing.signerAt(List.of(fresh, old), now)).isSameAs(old);
        assertThat(SigningKeyRing.signerAt(List.of(fresh, old), fresh.createdAt().plus(SigningKeyRing.SIGNING_DELAY)))
                .isSameAs(fresh);
    }

    @Test
    void the_first_key_signs_at_once() {
        SigningKey first = SigningKey.generate(publicKey -> "first", now);

        assertThat(SigningKeyRing.signerAt(List.of(first), now)).isSameAs(first);
    }

    @Test
    void a_signing_delay_spans_several_refreshes_of_the_key_set() {
        assertThat(SigningKeyRing.SIGNING_DELAY).isGreaterThanOrEqualTo(SigningKeyRing.KEY_SET_REFRESH.multipliedBy(2));
    }
}
