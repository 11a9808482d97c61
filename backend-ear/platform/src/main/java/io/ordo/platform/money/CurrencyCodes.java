package io.ordo.platform.money;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ISO 4217 codes Ordo knows, those of the Java runtime: a code of the right shape that names
 * no currency ({@code ZZZ}) is a client's mistake to refuse, before {@link Currency#getInstance}
 * throws on it deep inside a use case.
 */
public final class CurrencyCodes {

    private static final Set<String> KNOWN = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    private CurrencyCodes() {
    }

    public static boolean isKnown(String code) {
        return code != null && KNOWN.contains(code);
    }
}
