package io.ordo.cli.reports;

import io.ordo.cli.output.TextTable;
import io.ordo.cli.output.TextTable.Column;
import io.ordo.client.ReportKind;
import io.ordo.client.ReportQuery;
import io.ordo.client.ReportsApi;
import io.ordo.client.model.Report;
import io.ordo.client.model.StatusCount;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;

/** {@code ordo reports status}: how many orders are in each status now. */
@Command(name = "status",
        description = "How many orders are in each status now.",
        footerHeading = "%nExamples:%n",
        footer = {"  ordo reports status", "  ordo reports status --output json"})
public final class StatusReportCommand extends ReportCommand<StatusCount> {

    @Override
    protected ReportKind kind() {
        return ReportKind.ORDERS_BY_STATUS;
    }

    @Override
    protected ReportQuery query() {
        return ReportQuery.defaults();
    }

    @Override
    protected Report<StatusCount> read(ReportsApi reports, ReportQuery query) {
        return reports.ordersByStatus();
    }

    @Override
    protected void printRows(List<StatusCount> rows, PrintWriter out) {
        TextTable table = TextTable.of(Column.left("STATUS"), Column.right("ORDERS"));
        rows.forEach(count -> table.row(count.status(), count.orders()));
        table.printTo(out);
    }

    @Override
    protected String nothing() {
        return "No orders yet.";
    }
}
