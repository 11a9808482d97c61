package io.ordo.console.common;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** How values read on screen: times to the minute in the staff member's own time zone, ages in words. */
public final class Formats {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Formats() {
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : MINUTES.format(instant.atZone(zone));
    }

    public static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : SECONDS.format(instant.atZone(zone));
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
