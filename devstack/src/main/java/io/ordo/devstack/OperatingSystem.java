package io.ordo.devstack;

import java.util.Locale;

/** The few places where Windows differs: script names and signals. */
final class OperatingSystem {

    private OperatingSystem() {
    }

    static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
