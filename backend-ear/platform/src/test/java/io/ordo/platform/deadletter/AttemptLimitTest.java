package io.ordo.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AttemptLimitTest {

    private final AttemptLimit threeAttempts = new AttemptLimit(3);

    @Test
    void a_message_is_redelivered_while_its_failures_stay_below_the_limit() {
        assertThat(threeAttempts.parks(1)).isFalse();
        assertThat(threeAttempts.parks(2)).isFalse();
    }

    @Test
    void the_failure_that_reaches_the_limit_parks_the_message() {
        assertThat(threeAttempts.parks(3)).isTrue();
    }

    @Test
    void failures_counted_past_the_limit_still_park_it() {
        assertThat(threeAttempts.parks(4)).isTrue();
    }

    @Test
    void a_limit_of_one_parks_at_the_first_failure() {
        assertThat(new AttemptLimit(1).parks(1)).isTrue();
    }

    @Test
    void a_limit_below_one_is_refused_with_the_setting_named() {
        assertThatThrownBy(() -> new AttemptLimit(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ordo.messaging.max-attempts");
    }
}
