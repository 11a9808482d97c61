package io.ordo.platform.web;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The instants and dates a client may name in a filter or a cursor: from 1970 to the end of
 * year 9999. Java reads far larger ones ({@code +300000-01-01T00:00:00Z}), which neither JDBC
 * nor PostgreSQL can hold; they are refused as bad input instead of failing in the database.
 */
public final class TimeLimits {

    public static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    /** How a refusal says it: "must be between ..." */
    public static final String RANGE = "between " + FIRST_DAY + " and " + LAST_DAY;

    private static final Instant EARLIEST = FIRST_DAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
    private static final Instant AFTER_LATEST = LAST_DAY.plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);

    private TimeLimits() {
    }

    public static boolean covers(Instant instant) {
        return !instant.isBefore(EARLIEST) && instant.isBefore(AFTER_LATEST);
    }

    public static boolean covers(LocalDate day) {
        return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }
}
