package io.ordo.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void the_right_password_matches_its_hash() {
        String hash = hasher.hash("correct horse".toCharArray());
        assertThat(hasher.matches("correct horse".toCharArray(), hash)).isTrue();
    }

    @Test
    void a_wrong_password_does_not_match() {
        String hash = hasher.hash("correct horse".toCharArray());
        assertThat(hasher.matches("correct hors".toCharArray(), hash)).isFalse();
    }

    @Test
    void the_same_password_hashes_differently_each_time_because_of_the_salt() {
        assertThat(hasher.hash("secret".toCharArray())).isNotEqualTo(hasher.hash("secret".toCharArray()));
    }

    @Test
    void hashes_made_with_other_iteration_counts_still_verify() {
        String older = new PasswordHasher(500).hash("secret".toCharArray());
        assertThat(hasher.matches("secret".toCharArray(), older)).isTrue();
    }

    @Test
    void malformed_or_missing_stored_hashes_never_match() {
        assertThat(hasher.matches("x".toCharArray(), null)).isFalse();
        assertThat(hasher.matches("x".toCharArray(), "plain-text")).isFalse();
        assertThat(hasher.matches("x".toCharArray(), "pbkdf2-sha256$abc$%%%$%%%")).isFalse();
    }
}
