package io.ordo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordo.platform.problem.ProblemException;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void an_etag_names_the_version_strong_or_weak() {
        assertThat(IfMatch.version("\"3\"", "order", true)).hasValue(3);
        assertThat(IfMatch.version(" W/\"12\" ", "order", false)).hasValue(12);
    }

    @Test
    void a_star_cannot_stand_for_the_version_where_one_is_required() {
        assertThatThrownBy(() -> IfMatch.version("*", "order", true))
                .isInstanceOfSatisfying(ProblemException.class, refusal -> {
                    assertThat(refusal.problem().status()).isEqualTo(428);
                    assertThat(refusal.problem().detail()).contains("If-Match: *").contains("ETag");
                });
        assertThatThrownBy(() -> IfMatch.version(" * ", "order", true)).isInstanceOf(ProblemException.class);
    }

    @Test
    void where_no_version_is_required_a_star_or_nothing_asks_for_none() {
        assertThat(IfMatch.version("*", "stock level", false)).isEqualTo(OptionalLong.empty());
        assertThat(IfMatch.version(null, "stock level", false)).isEqualTo(OptionalLong.empty());
    }

    @Test
    void a_missing_required_version_is_428_and_a_tag_that_is_no_version_412() {
        assertThatThrownBy(() -> IfMatch.version(null, "order", true))
                .isInstanceOfSatisfying(ProblemException.class, refusal -> assertThat(refusal.problem().status()).isEqualTo(428));
        assertThatThrownBy(() -> IfMatch.version("\"abc\"", "order", true))
                .isInstanceOfSatisfying(ProblemException.class, refusal -> assertThat(refusal.problem().status()).isEqualTo(412));
    }
}
