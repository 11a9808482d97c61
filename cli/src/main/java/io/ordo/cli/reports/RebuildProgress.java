package io.ordo.cli.reports;

import io.ordo.cli.output.Formats;
import io.ordo.client.model.ReportsRebuild;

import java.io.PrintWriter;
import java.time.Duration;

/** How a rebuild reads: where it stands and how far it got. */
final class RebuildProgress {

    private static final String LABEL = "%-12s %s%n";

    private RebuildProgress() {
    }

    static void print(ReportsRebuild rebuild, PrintWriter out) {
        out.printf(LABEL, "Generation", rebuild.generation());
        out.printf(LABEL, "Status", rebuild.status());
        out.printf(LABEL, "Requested by", Formats.text(rebuild.requestedBy()));
        out.printf(LABEL, "Started", Formats.time(rebuild.startedAt()));
        if (rebuild.finishedAt() != null) {
            out.printf(LABEL, "Finished", Formats.time(rebuild.finishedAt()) + " ("
                    + Formats.elapsed(Duration.between(rebuild.startedAt(), rebuild.finishedAt())).substring(1) + ")");
        }
        out.printf(LABEL, "Replays", "the event history up to event " + rebuild.replayedThrough());
        out.printf(LABEL, "Applied", rebuild.eventsApplied() + " events, as of event " + rebuild.asOfEvent());
        if (rebuild.failure() != null) {
            out.printf(LABEL, "Failure", rebuild.failure());
        }
    }
}
