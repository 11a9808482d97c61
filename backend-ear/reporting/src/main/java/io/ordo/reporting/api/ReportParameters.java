package io.ordo.reporting.api;

import io.ordo.platform.problem.Problem;
import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import io.ordo.platform.money.CurrencyCodes;
import io.ordo.platform.web.TimeLimits;
import io.ordo.reporting.application.DateRange;
import io.ordo.reporting.domain.OrderStatus;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a report request's query parameters, collecting every invalid one, so that a single
 * 400 names them all. A reader returns null for an invalid value; {@link #check()} throws
 * before anything uses it.
 */
final class ReportParameters {

    /** The default range: the last 30 days, today included. */
    static final int DEFAULT_DAYS = 30;
    /** The longest range a report covers; longer ones are asked for piece by piece. */
    static final int MAX_DAYS = 366;
    /** The longest time in a status one can ask about: a century, so that now minus it is still a date the database holds. */
    static final Duration MAX_AGE = Duration.ofDays(36_500);
    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final Clock clock;
    private final List<Problem.FieldError> errors = new ArrayList<>();

    ReportParameters(Clock clock) {
        this.clock = clock;
    }

    /** {@code from} and {@code to}, ISO dates, both included; by default the last 30 days. */
    DateRange range(String from, String to) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (!errors.isEmpty()) {
            return null;
        }
        if (last == null) {
            last = first == null ? LocalDate.now(clock) : max(first, LocalDate.now(clock));
        }
        if (first == null) {
            first = last.minusDays(DEFAULT_DAYS - 1L);
        }
        if (first.isAfter(last)) {
            errors.add(new Problem.FieldError("from", "must not be after to (" + last + ")"));
            return null;
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            errors.add(new Problem.FieldError("to", "a report covers at most " + MAX_DAYS + " days; from " + first
                    + " to " + last + " is longer"));
            return null;
        }
        return new DateRange(first, last);
    }

    /** An ISO 4217 code such as EUR, or null for every currency. */
    String currency(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (!CurrencyCodes.isKnown(upper)) {
            errors.add(new Problem.FieldError("currency", "must be a three-letter ISO 4217 code such as EUR"));
            return null;
        }
        return upper;
    }

    /** A product's SKU, or null for every product. */
    String sku(String sku) {
        if (sku == null || sku.isBlank()) {
            return null;
        }
        if (!SKU.matcher(sku.trim()).matches()) {
            errors.add(new Problem.FieldError("sku", "must be 1 to 64 letters, digits, dots, dashes or underscores"));
            return null;
        }
        return sku.trim();
    }

    /** An order status, or null for every status. */
    OrderStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return OrderStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("status", "must be one of " + Arrays.toString(OrderStatus.values())));
            return null;
        }
    }

    /** An ISO 8601 duration such as PT15M, from zero to {@link #MAX_AGE}; zero when absent. */
    Duration minAge(String minAge) {
        if (minAge == null || minAge.isBlank()) {
            return Duration.ZERO;
        }
        try {
            Duration age = Duration.parse(minAge.trim());
            if (!age.isNegative() && age.compareTo(MAX_AGE) <= 0) {
                return age;
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            // answered below like a duration out of range
        }
        errors.add(new Problem.FieldError("minAge", "must be an ISO 8601 duration from zero to " + MAX_AGE.toDays()
                + " days, e.g. PT15M or P1D"));
        return null;
    }

    /** A whole number from {@code min} to {@code max}, or {@code fallback} when absent. */
    int wholeNumber(String name, String value, int min, int max, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below like an out-of-range number
        }
        errors.add(new Problem.FieldError(name, "must be a whole number from " + min + " to " + max));
        return fallback;
    }

    /** {@code true} or {@code false}, or {@code false} when absent. */
    boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String text = value.trim().toLowerCase(Locale.ROOT);
        if (!text.equals("true") && !text.equals("false")) {
            errors.add(new Problem.FieldError(name, "must be true or false"));
        }
        return text.equals("true");
    }

    ReportFormat format(String format, List<MediaType> acceptable) {
        ReportFormat chosen = ReportFormat.requested(format, acceptable);
        if (chosen == null) {
            errors.add(new Problem.FieldError("format", "must be csv or json"));
        }
        return chosen;
    }

    /** @throws ProblemException (400) naming every invalid parameter, if there is one */
    void check() {
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1
                    ? "The query parameter " + errors.get(0).field() + " " + errors.get(0).message() + "."
                    : errors.size() + " query parameters are invalid; see errors.";
            throw new ProblemException(ProblemType.VALIDATION, detail, errors);
        }
    }

    private LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.trim());
            if (TimeLimits.covers(day)) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // answered below like a date out of range
        }
        errors.add(new Problem.FieldError(name, "must be an ISO date " + TimeLimits.RANGE + " such as 2026-11-30"));
        return null;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
