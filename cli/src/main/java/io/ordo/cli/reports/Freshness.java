package io.ordo.cli.reports;

import io.ordo.cli.output.Formats;

import java.time.Duration;
import java.time.Instant;

/** The line under every report table that says how fresh it is: reports trail the orders a little. */
final class Freshness {

    private Freshness() {
    }

    /** E.g. "As of event 1042 (2025-03-02 08:15:00Z): up to date." */
    static String line(long asOfEvent, Instant asOfTime, long lagEvents, long lagSeconds) {
        if (asOfEvent == 0 && asOfTime == null) {
            return lagEvents == 0 ? "As of no event yet: nothing has happened." : "As of no event yet: " + behind(lagEvents, lagSeconds);
        }
        String asOf = "As of event " + asOfEvent + (asOfTime == null ? "" : " (" + Formats.time(asOfTime) + ")");
        return lagEvents == 0 ? asOf + ": up to date." : asOf + ": " + behind(lagEvents, lagSeconds);
    }

    private static String behind(long lagEvents, long lagSeconds) {
        return lagEvents + (lagEvents == 1 ? " event" : " events") + " behind, the oldest from "
                + Formats.elapsed(Duration.ofSeconds(lagSeconds)).substring(1) + " ago.";
    }
}
