package io.ordo.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RevokedTokensTest {

    private final Instant disabledAt = Instant.parse("2026-12-07T21:00:10.300Z");
    private final UUID family = UUID.randomUUID();

    @Test
    void a_token_issued_before_its_subject_was_revoked_is_refused() {
        RevokedTokens revoked = new RevokedTokens(List.of(TokenRevocation.ofSubject("shop-1", disabledAt)));

        assertThat(revoked.refuses("shop-1", null, Instant.parse("2026-12-07T21:00:00Z"))).isTrue();
        assertThat(revoked.refuses("shop-1", null, Instant.parse("2026-12-07T21:00:10Z")))
                .as("iat has whole seconds: a token of the revocation's second may be older than it").isTrue();
    }

    @Test
    void a_token_issued_after_the_revocation_and_other_subjects_tokens_are_accepted() {
        RevokedTokens revoked = new RevokedTokens(List.of(TokenRevocation.ofSubject("shop-1", disabledAt)));

        assertThat(revoked.refuses("shop-1", null, Instant.parse("2026-12-07T21:00:11Z"))).isFalse();
        assertThat(revoked.refuses("shop-2", null, Instant.parse("2026-12-07T21:00:00Z"))).isFalse();
    }

    @Test
    void a_revoked_sign_in_refuses_the_tokens_issued_from_it_only() {
        RevokedTokens revoked = new RevokedTokens(List.of(TokenRevocation.ofFamily(family, disabledAt)));
        Instant before = Instant.parse("2026-12-07T21:00:05Z");

        assertThat(revoked.refuses("clerk", family, before)).isTrue();
        assertThat(revoked.refuses("clerk", UUID.randomUUID(), before)).as("another sign-in of the same person").isFalse();
        assertThat(revoked.refuses("clerk", null, before)).isFalse();
    }

    @Test
    void the_latest_revocation_of_a_subject_counts() {
        RevokedTokens revoked = new RevokedTokens(List.of(
                TokenRevocation.ofSubject("clerk", disabledAt.plusSeconds(60)),
                TokenRevocation.ofSubject("clerk", disabledAt)));

        assertThat(revoked.refuses("clerk", null, disabledAt.plusSeconds(30))).isTrue();
    }

    @Test
    void a_token_issued_in_the_second_of_a_revocation_is_stamped_with_the_next_second() {
        Instant sameSecond = Instant.parse("2026-12-07T21:00:10.800Z");

        Instant issuedAt = RevokedTokens.issuedAtAfter(disabledAt, sameSecond);

        assertThat(issuedAt).isEqualTo(Instant.parse("2026-12-07T21:00:11Z"));
        assertThat(new RevokedTokens(List.of(TokenRevocation.ofSubject("shop-1", disabledAt)))
                .refuses("shop-1", null, issuedAt)).isFalse();
        assertThat(RevokedTokens.issuedAtAfter(null, sameSecond)).isEqualTo(Instant.parse("2026-12-07T21:00:10Z"));
        assertThat(RevokedTokens.issuedAtAfter(disabledAt, sameSecond.plusSeconds(5)))
                .isEqualTo(Instant.parse("2026-12-07T21:00:15Z"));
    }

    @Test
    void a_revocation_names_a_subject_or_a_sign_in() {
        assertThatThrownBy(() -> new TokenRevocation("clerk", family, disabledAt)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenRevocation(null, null, disabledAt)).isInstanceOf(IllegalArgumentException.class);
    }
}
