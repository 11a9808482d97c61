package io.ordo.cli.orders;

import io.ordo.cli.output.Formats;
import io.ordo.cli.output.TextTable;
import io.ordo.cli.output.TextTable.Column;
import io.ordo.client.model.StatusChange;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/**
 * An order's history as a table: when, how long after the step before (where an order got
 * stuck shows at a glance), the status it came to, why and by whom. The status it came from is
 * the row above, so it takes no column: 80 columns leave the reason room to be read.
 */
final class Timeline {

    private Timeline() {
    }

    static void print(List<StatusChange> history, PrintWriter out) {
        TextTable table = TextTable.of(Column.left("AT"), Column.right("AFTER"), Column.left("STATUS"),
                Column.wrapped("REASON (BY)"));
        StatusChange previous = null;
        for (StatusChange change : history) {
            String after = previous == null || previous.at() == null || change.at() == null
                    ? "" : Formats.elapsed(Duration.between(previous.at(), change.at()));
            table.row(Formats.time(change.at()), after, change.to(),
                    Formats.text(change.reason()) + " (" + Formats.text(change.actor()) + ")");
            previous = change;
        }
        table.printTo(out);
    }
}
