package io.ordo.cli.reports;

import io.ordo.cli.orders.OrderStatusNames;
import io.ordo.cli.output.TextTable;
import io.ordo.cli.output.TextTable.Column;
import io.ordo.client.ReportKind;
import io.ordo.client.ReportQuery;
import io.ordo.client.ReportsApi;
import io.ordo.client.model.OrderStatus;
import io.ordo.client.model.Report;
import io.ordo.client.model.StatusChangesDay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;

/** {@code ordo reports status-changes}: how many orders moved into each status per day. */
@Command(name = "status-changes",
        description = "How many orders moved into each status per day.",
        footerHeading = "%nExamples:%n",
        footer = {"  ordo reports status-changes --from 2025-03-01 --status FAILED",
            "  ordo reports status-changes --output csv > changes.csv"})
public final class StatusChangesReportCommand extends ReportCommand<StatusChangesDay> {

    @Mixin
    DateRangeOptions range;

    @Option(names = "--status", paramLabel = "STATUS", completionCandidates = OrderStatusNames.class,
            description = "Only moves into this status: ${COMPLETION-CANDIDATES}.")
    OrderStatus status;

    @Override
    protected ReportKind kind() {
        return ReportKind.STATUS_CHANGES;
    }

    @Override
    protected ReportQuery query() {
        return ReportQuery.defaults().between(range.from, range.to).withStatus(status);
    }

    @Override
    protected Report<StatusChangesDay> read(ReportsApi reports, ReportQuery query) {
        return reports.statusChanges(query);
    }

    @Override
    protected void printRows(List<StatusChangesDay> rows, PrintWriter out) {
        TextTable table = TextTable.of(Column.left("DAY"), Column.left("STATUS"), Column.right("CHANGES"));
        rows.forEach(day -> table.row(day.day(), day.status(), day.changes()));
        table.printTo(out);
    }

    @Override
    protected String nothing() {
        return "No status changes " + (status == null ? "" : "into " + status + " ") + period(range) + ".";
    }
}
