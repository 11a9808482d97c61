package io.ordo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeLimitsTest {

    @Test
    void instants_from_1970_to_the_end_of_9999_are_covered() {
        assertThat(TimeLimits.covers(Instant.parse("1970-01-01T00:00:00Z"))).isTrue();
        assertThat(TimeLimits.covers(Instant.parse("2026-12-07T20:45:00Z"))).isTrue();
        assertThat(TimeLimits.covers(Instant.parse("9999-12-31T23:59:59.999999999Z"))).isTrue();
    }

    @Test
    void instants_java_reads_but_the_database_cannot_hold_are_not() {
        assertThat(TimeLimits.covers(Instant.parse("-5000-01-01T00:00:00Z"))).isFalse();
        assertThat(TimeLimits.covers(Instant.parse("+300000-01-01T00:00:00Z"))).isFalse();
        assertThat(TimeLimits.covers(Instant.parse("1969-12-31T23:59:59Z"))).isFalse();
        assertThat(TimeLimits.covers(Instant.parse("+10000-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    void days_likewise() {
        assertThat(TimeLimits.covers(LocalDate.of(9999, 12, 31))).isTrue();
        assertThat(TimeLimits.covers(LocalDate.of(10000, 1, 1))).isFalse();
        assertThat(TimeLimits.covers(LocalDate.of(1969, 12, 31))).isFalse();
    }
}
