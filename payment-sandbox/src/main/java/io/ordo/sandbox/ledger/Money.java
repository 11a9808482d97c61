package io.ordo.sandbox.ledger;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/** An amount in one currency, always held at the currency's number of minor digits. */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    // Plain decimal notation only: no sign, exponent or spaces, and a bound on the size so a
    // hostile "1e999999999" or a thousand digits never reaches BigDecimal arithmetic.
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("(0|[1-9][0-9]{0,14})(\\.[0-9]{1,4})?");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.scale() != currency.getDefaultFractionDigits()) {
            throw new IllegalArgumentException("amount " + amount + " is not at the minor digits of " + currency);
        }
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits()), currency);
    }

    /**
     * Parses an amount a caller wants moved, such as "12.50": positive, in plain decimal notation,
     * with no more decimals than the currency has minor digits (none for JPY).
     */
    public static Money parsePositive(String text, Currency currency) {
        int minorDigits = currency.getDefaultFractionDigits();
        if (!PLAIN_DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("amount must be a plain decimal string such as \"12.50\", got \"" + text + "\"");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.scale() > minorDigits) {
            throw new IllegalArgumentException("amount " + text + " has more than " + minorDigits
                    + " decimals, the minor digits of " + currency.getCurrencyCode());
        }
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("amount must be greater than zero");
        }
        return new Money(value.setScale(minorDigits), currency);
    }

    /** An ISO 4217 code of a currency that has minor units, so that amounts in it can be checked. */
    public static Currency parseCurrency(String code) {
        if (!CURRENCY_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("currency must be three upper-case letters (ISO 4217), got \"" + code + "\"");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("currency " + code + " is not an ISO 4217 currency");
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("currency " + code + " has no minor unit and cannot be charged");
        }
        return currency;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /** The amount as the wire carries it, e.g. "12.50". */
    public String toPlainString() {
        return amount.toPlainString();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
        }
    }
}
