package io.ordo.reporting.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;

/** Reads the values of native query rows, whatever Java type the driver chose for each column. */
public final class Rows {

    private Rows() {
    }

    public static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }

    public static BigDecimal amount(Object value) {
        return value == null ? BigDecimal.ZERO : (BigDecimal) value;
    }

    /** An amount as the API writes money, a decimal string at the currency's usual scale ("179.80"). */
    public static String money(BigDecimal amount, String currency) {
        int digits;
        try {
            digits = Currency.getInstance(currency).getDefaultFractionDigits();
        } catch (IllegalArgumentException unknown) {
            digits = -1;
        }
        return (digits >= 0 ? amount.setScale(digits, RoundingMode.HALF_EVEN) : amount.stripTrailingZeros())
                .toPlainString();
    }
}
