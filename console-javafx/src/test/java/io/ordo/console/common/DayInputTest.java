package io.ordo.console.common;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DayInputTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);

    @Test
    void a_day_is_read_as_the_tables_show_it_whatever_the_locale() {
        assertThat(new DayInput(Locale.US).read("2026-12-08")).contains(DAY);
        assertThat(new DayInput(Locale.GERMANY).read(" 2026-12-08 ")).contains(DAY);
    }

    @Test
    void a_day_is_read_in_the_staff_members_own_short_form_too() {
        assertThat(new DayInput(Locale.UK).read("08/12/2026")).contains(DAY);
        assertThat(new DayInput(Locale.US).read("12/8/26")).contains(DAY);
        assertThat(new DayInput(Locale.GERMANY).read("08.12.26")).contains(DAY);
    }

    @Test
    void what_names_no_day_is_read_as_none_without_an_exception() {
        assertThat(new DayInput(Locale.UK).read("2026-13-45")).isEmpty();
        assertThat(new DayInput(Locale.UK).read("yesterday")).isEmpty();
    }
}
