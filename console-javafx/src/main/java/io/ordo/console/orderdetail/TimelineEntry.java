package io.ordo.console.orderdetail;

import io.ordo.client.model.StatusChange;
import io.ordo.console.common.Formats;
import io.ordo.console.common.StatusTone;
import io.ordo.console.common.Texts;

import java.time.ZoneId;

/** One step of an order's history as the timeline shows it: when, what, who and why. */
public record TimelineEntry(String at, String transition, StatusTone tone, String actor, String reason) {

    static TimelineEntry of(StatusChange change, ZoneId zone) {
        String transition = change.from() == null ? "Placed: " + change.to() : change.from() + " → " + change.to();
        return new TimelineEntry(Formats.dateTime(change.at(), zone), transition, StatusTone.of(change.to()),
                change.actor() == null ? "" : "by " + Texts.oneLine(change.actor()),
                Texts.lines(Formats.timesIn(FailureReasons.inWords(change.reason()), zone)));
    }
}
