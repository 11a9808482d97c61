package io.ordo.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordo.platform.problem.Problem;
import io.ordo.platform.problem.ProblemException;
import io.ordo.reporting.application.DateRange;
import io.ordo.reporting.domain.OrderStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReportParametersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final ReportParameters parameters =
            new ReportParameters(Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void without_dates_a_report_covers_the_last_thirty_days() {
        DateRange range = parameters.range(null, " ");

        parameters.check();
        assertThat(range).isEqualTo(new DateRange(TODAY.minusDays(29), TODAY));
    }

    @Test
    void one_date_given_sets_the_other_from_it() {
        assertThat(parameters.range("2026-11-01", null)).isEqualTo(new DateRange(LocalDate.of(2026, 11, 1), TODAY));
        assertThat(parameters.range(null, "2026-10-31")).isEqualTo(new DateRange(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 31)));
    }

    @Test
    void every_invalid_parameter_is_named_in_one_problem() {
        parameters.range("2026-02-30", "tomorrow");
        parameters.currency("euro");
        parameters.status("LOST");
        parameters.minAge("-PT5M");
        parameters.wholeNumber("coverDays", "0", 1, 366, 14);
        parameters.flag("lowOnly", "yes");

        assertThatThrownBy(parameters::check).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.problem().status()).isEqualTo(400);
            assertThat(problem.problem().errors()).extracting(Problem.FieldError::field)
                    .containsExactly("from", "to", "currency", "status", "minAge", "coverDays", "lowOnly");
        });
    }

    @Test
    void a_range_must_run_forward_and_cover_at_most_366_days() {
        parameters.range("2026-11-30", "2026-11-01");
        assertThatThrownBy(parameters::check).hasMessageContaining("from must not be after to");

        ReportParameters longRange = new ReportParameters(Clock.systemUTC());
        longRange.range("2025-01-01", "2026-01-02");
        assertThatThrownBy(longRange::check).hasMessageContaining("at most 366 days");
    }

    @Test
    void valid_filters_are_read_and_absent_ones_mean_all() {
        assertThat(parameters.currency(" eur ")).isEqualTo("EUR");
        assertThat(parameters.currency(null)).isNull();
        assertThat(parameters.status("reserved")).isEqualTo(OrderStatus.RESERVED);
        assertThat(parameters.minAge("PT15M")).isEqualTo(Duration.ofMinutes(15));
        assertThat(parameters.minAge(null)).isEqualTo(Duration.ZERO);
        assertThat(parameters.wholeNumber("threshold", null, 0, 10, 5)).isEqualTo(5);
        assertThat(parameters.flag("lowOnly", "TRUE")).isTrue();
        parameters.check();
    }

    @Test
    void dates_beyond_what_the_database_holds_an_unknown_currency_and_an_endless_age_are_named() {
        parameters.range("+300000-01-01", "+300000-01-02");
        parameters.currency("ZZZ");
        parameters.minAge("P99999999999D");

        assertThatThrownBy(parameters::check).isInstanceOfSatisfying(ProblemException.class, problem ->
                assertThat(problem.problem().errors()).extracting(Problem.FieldError::field)
                        .containsExactly("from", "to", "currency", "minAge"));
    }

    @Test
    void a_date_before_1970_is_refused_and_an_age_overflowing_a_duration_too() {
        parameters.range("1969-12-31", null);
        parameters.minAge("P9999999999999999999D");

        assertThatThrownBy(parameters::check).isInstanceOfSatisfying(ProblemException.class, problem ->
                assertThat(problem.problem().errors()).extracting(Problem.FieldError::field).containsExactly("from", "minAge"));
    }

    @Test
    void a_century_is_the_longest_age_one_can_ask_about() {
        assertThat(parameters.minAge("P36500D")).isEqualTo(Duration.ofDays(36_500));
        parameters.check();
    }
}
