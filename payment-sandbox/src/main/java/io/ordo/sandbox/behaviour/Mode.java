package io.ordo.sandbox.behaviour;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The global misbehaviour applied to every gateway request that does not ask for its own. */
public enum Mode {
    /** Answers at once. */
    NORMAL,
    /** Waits the configured delay, then handles the request. */
    SLOW,
    /** Answers 503 to everything, without doing anything. */
    FAIL,
    /** Answers 503, without doing anything, to a seeded-random share of requests. */
    FLAKY,
    /** Does the work, then holds the answer back long enough for any sane client to give up. */
    TIMEOUT;

    public static Mode parse(String text) {
        return Arrays.stream(values())
                .filter(mode -> mode.wireName().equals(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("mode must be one of "
                        + Arrays.stream(values()).map(Mode::wireName).collect(Collectors.joining(", "))
                        + ", got \"" + text + "\""));
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
