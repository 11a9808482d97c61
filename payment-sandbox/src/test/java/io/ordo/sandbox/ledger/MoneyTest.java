package io.ordo.sandbox.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @ParameterizedTest
    @CsvSource({"12.5, EUR, 12.50", "12, EUR, 12.00", "0.01, EUR, 0.01", "1250, JPY, 1250", "1.234, BHD, 1.234"})
    void parsesToTheCurrencysMinorDigits(String text, String currency, String expected) {
        assertThat(Money.parsePositive(text, Currency.getInstance(currency)).toPlainString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-1", "+1", "1.001", "1e2", "01.00", ".5", "1.", "1,00", " 1", "NaN",
            "1000000000000000"})
    void refusesWhatIsNotAPositivePlainAmount(String text) {
        assertThatThrownBy(() -> Money.parsePositive(text, EUR)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eur", "EU", "EURO", "ABC", "XXX", "XAU", ""})
    void refusesCurrenciesThatCannotBeCharged(String code) {
        assertThatThrownBy(() -> Money.parseCurrency(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToMixCurrencies() {
        Money euros = Money.parsePositive("1", EUR);
        Money dollars = Money.parsePositive("1", Currency.getInstance("USD"));

        assertThatThrownBy(() -> euros.plus(dollars)).isInstanceOf(IllegalArgumentException.class);
    }
}
