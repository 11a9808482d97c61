package io.ordo.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    private final ThrottlePolicy policy = new ThrottlePolicy(3, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(5));
    private final Instant start = Instant.parse("2026-01-01T00:00:00Z");

    private ThrottlePolicy.Failures fail(int times, Instant at) {
        ThrottlePolicy.Failures failures = null;
        for (int i = 0; i < times; i++) {
            failures = policy.afterFailure(failures, at);
        }
        return failures;
    }

    @Test
    void failures_below_the_limit_do_not_block() {
        assertThat(ThrottlePolicy.waitFor(fail(2, start), start)).isZero();
    }

    @Test
    void each_further_failure_blocks_twice_as_long_up_to_the_ceiling() {
        assertThat(ThrottlePolicy.waitFor(fail(3, start), start)).isEqualTo(Duration.ofSeconds(30));
        assertThat(ThrottlePolicy.waitFor(fail(4, start), start)).isEqualTo(Duration.ofSeconds(60));
        assertThat(ThrottlePolicy.waitFor(fail(5, start), start)).isEqualTo(Duration.ofSeconds(120));
        assertThat(ThrottlePolicy.waitFor(fail(40, start), start)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void a_block_ends_by_itself() {
        ThrottlePolicy.Failures blocked = fail(3, start);

        assertThat(ThrottlePolicy.waitFor(blocked, start.plusSeconds(29))).isEqualTo(Duration.ofSeconds(1));
        assertThat(ThrottlePolicy.waitFor(blocked, start.plusSeconds(30))).isZero();
    }

    @Test
    void failures_outside_the_window_start_a_new_count() {
        ThrottlePolicy.Failures old = fail(2, start);

        ThrottlePolicy.Failures later = policy.afterFailure(old, start.plus(Duration.ofMinutes(16)));

        assertThat(later.count()).isEqualTo(1);
        assertThat(later.blockedUntil()).isNull();
    }
}
