package io.ordo.platform.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KnownCurrencyTest {

    private final KnownCurrency.Validator validator = new KnownCurrency.Validator();

    @Test
    void iso_4217_codes_are_known() {
        assertThat(validator.isValid("EUR", null)).isTrue();
        assertThat(validator.isValid("JPY", null)).isTrue();
        assertThat(validator.isValid(null, null)).as("absence is another constraint's business").isTrue();
    }

    @Test
    void a_well_formed_code_that_names_no_currency_is_not() {
        assertThat(validator.isValid("ZZZ", null)).isFalse();
        assertThat(validator.isValid("eur", null)).isFalse();
        assertThat(validator.isValid("EURO", null)).isFalse();
    }
}
