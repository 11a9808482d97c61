package io.ordo.console.common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    @Test
    void money_has_the_thousands_separators_of_the_staff_members_locale() {
        assertThat(Formats.money(new BigDecimal("1234567.50"), "EUR", Locale.UK)).isEqualTo("1,234,567.50 EUR");
        assertThat(Formats.money(new BigDecimal("1234567.50"), "EUR", Locale.GERMANY)).isEqualTo("1.234.567,50 EUR");
        assertThat(Formats.money(new BigDecimal("1200"), "JPY", Locale.UK)).isEqualTo("1,200 JPY");
    }

    @Test
    void an_amount_written_with_separators_is_read_back_for_sorting() {
        assertThat(Formats.amountOf("1,234,567.50 EUR", Locale.UK)).contains(new BigDecimal("1234567.50"));
        assertThat(Formats.amountOf("1.234,50 EUR", Locale.GERMANY)).contains(new BigDecimal("1234.50"));
        assertThat(Formats.amountOf("", Locale.UK)).isEmpty();
    }

    @Test
    void times_read_to_the_second_in_the_staff_members_zone_never_in_fractions() {
        Instant at = Instant.parse("2026-12-08T13:05:12.123456789Z");

        assertThat(Formats.dateTime(at, ZoneId.of("Europe/Berlin"))).isEqualTo("2026-12-08 14:05:12");
        assertThat(Formats.time(at, ZoneId.of("UTC"))).isEqualTo("13:05:12");
    }

    @Test
    void timestamps_written_into_a_text_read_as_local_times_to_the_second() {
        assertThat(Formats.timesIn("stock reserved for every line until 2026-12-07T22:21:32.342932946Z",
                ZoneId.of("Europe/Berlin"))).isEqualTo("stock reserved for every line until 2026-12-07 23:21:32");
        assertThat(Formats.timesIn("no time here", ZoneId.of("UTC"))).isEqualTo("no time here");
    }
}
