package io.ordo.cli.output;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    /** {@code 2025-03-01}, the UTC day of the instant, or empty for no time. */
    public static String day(Instant instant) {
        return instant == null ? "" : UTC_SECONDS.format(instant).substring(0, "yyyy-MM-dd".length());
    }

    /**
     * The value's text, or empty for null: tables show nothing rather than "null". Control
     * characters in it are escaped, carriage returns too: values come from the server.
     */
    public static String text(Object value) {
        return value == null ? "" : TerminalSafeWriter.escape(value.toString());
    }

    /**
     * How long after the previous step, as a person reads a timeline: {@code +250ms},
     * {@code +4.2s}, {@code +3m05s}, {@code +2h10m}, {@code +3d04h}.
     */
    public static String elapsed(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1_000) {
            return "+" + millis + "ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "+%.1fs", millis / 1000.0);
        }
        if (duration.toHours() < 1) {
            return String.format(Locale.ROOT, "+%dm%02ds", duration.toMinutes(), duration.toSecondsPart());
        }
        if (duration.toDays() < 1) {
            return String.format(Locale.ROOT, "+%dh%02dm", duration.toHours(), duration.toMinutesPart());
        }
        return String.format(Locale.ROOT, "+%dd%02dh", duration.toDays(), duration.toHoursPart());
    }

    /**
     * Breaks text into lines of at most {@code width}: at spaces where it can, inside a word only
     * when the word alone is too long.
     */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (rest.length() > width) {
            int space = rest.lastIndexOf(' ', width);
            int end = space > 0 ? space : width;
            lines.add(rest.substring(0, end).stripTrailing());
            rest = rest.substring(end).stripLeading();
        }
        lines.add(rest);
        return lines;
    }
}
