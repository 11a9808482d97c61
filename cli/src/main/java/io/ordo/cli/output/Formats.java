package io.ordo.cli.output;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How values read in tables. Times are UTC, so output is the same on every admin's machine. */
public final class Formats {

    private static final DateTimeFormatter UTC_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** {@code 2025-03-01 14:05:19Z}, or empty for no time. */
    public static String time(Instant instant) {
        return instant == null ? "" : UTC_SECONDS.format(instant);
    }

    /** The value's text, or empty for null: tables show nothing rather than "null". */
    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
