package io.ordo.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amounts_are_kept_at_the_currency_scale_so_equal_sums_are_equal() {
        assertThat(Money.of("10", "EUR")).isEqualTo(Money.of("10.00", "EUR"));
        assertThat(Money.of("10.5", "EUR").amountText()).isEqualTo("10.50");
        assertThat(Money.of("1000", "JPY").amountText()).isEqualTo("1000");
    }

    @Test
    void decimal_sums_are_exact_where_doubles_would_drift() {
        Money sum = Money.zero(Currency.getInstance("EUR"));
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(Money.of("0.10", "EUR"));
        }
        assertThat(sum).isEqualTo(Money.of("1.00", "EUR"));
    }

    @Test
    void line_totals_multiply_the_unit_price() {
        assertThat(Money.of("19.99", "EUR").times(3)).isEqualTo(Money.of("59.97", "EUR"));
    }

    @Test
    void adding_different_currencies_is_refused() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different currencies");
    }

    @Test
    void sub_cent_amounts_are_rounded_half_even() {
        assertThat(new Money(new BigDecimal("0.125"), Currency.getInstance("EUR")).amountText()).isEqualTo("0.12");
        assertThat(new Money(new BigDecimal("0.135"), Currency.getInstance("EUR")).amountText()).isEqualTo("0.14");
    }
}
