package io.ordo.console.common;

import io.ordo.client.model.Money;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * How values read on screen: times to the second in the staff member's own time zone, amounts
 * with the thousands separators of their own locale (and the currency's code, since orders come
 * in several), ages in words.
 */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final Pattern UTC_TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");

    private Formats() {
    }

    /** {@code 2026-12-08 14:05:12}, in {@code zone}; empty for no time. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /**
     * {@code text} with every UTC timestamp the server wrote into it
     * ({@code 2026-12-07T22:21:32.342932946Z}) read as {@link #dateTime} reads it.
     */
    public static String timesIn(String text, ZoneId zone) {
        return text == null ? "" : UTC_TIMESTAMP.matcher(text)
                .replaceAll(found -> dateTime(Instant.parse(found.group()), zone));
    }

    public static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    /** {@code 1,234.50 EUR} in the staff member's locale ({@code 1.234,50 EUR} in German); empty for none. */
    public static String money(Money money) {
        return money == null ? "" : money(money.amount(), money.currency().getCurrencyCode(), locale());
    }

    /** Like {@link #money(Money)}, for an amount and the ISO code of its currency held apart. */
    public static String money(BigDecimal amount, String currencyCode) {
        return amount == null ? "" : money(amount, currencyCode, locale());
    }

    static String money(BigDecimal amount, String currencyCode, Locale locale) {
        return number(amount, locale) + (currencyCode == null ? "" : " " + currencyCode);
    }

    /** A number with its decimals as given and the locale's thousands separators: {@code 12,345.60}. */
    public static String number(BigDecimal amount) {
        return amount == null ? "" : number(amount, locale());
    }

    static String number(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(Math.max(0, amount.scale()));
        format.setMaximumFractionDigits(Math.max(0, amount.scale()));
        return format.format(amount);
    }

    /** The amount at the start of a text {@link #money} wrote, to sort by; empty when there is none. */
    public static Optional<BigDecimal> amountOf(String money) {
        return amountOf(money, locale());
    }

    static Optional<BigDecimal> amountOf(String money, Locale locale) {
        if (money == null || money.isBlank() || !(NumberFormat.getNumberInstance(locale) instanceof DecimalFormat format)) {
            return Optional.empty();
        }
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Number amount = format.parse(money.strip(), position);
        return position.getIndex() == 0 ? Optional.empty() : Optional.of((BigDecimal) amount);
    }

    private static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    /** The first block of an order id, as people read it out: {@code 3f2a9c1e}. */
    public static String shortId(UUID id) {
        return id == null ? "" : id.toString().substring(0, 8);
    }

    /** A duration as a person says it: {@code 45 s}, {@code 12 min}, {@code 3 h 20 min}, {@code 2 d 4 h}. */
    public static String age(Duration age) {
        long seconds = Math.max(0, age.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }
}
