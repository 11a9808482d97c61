package io.ordo.cli.reports;

import io.ordo.cli.output.TextTable;
import io.ordo.cli.output.TextTable.Column;
import io.ordo.client.ReportKind;
import io.ordo.client.ReportQuery;
import io.ordo.client.ReportsApi;
import io.ordo.client.model.Report;
import io.ordo.client.model.SalesDay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.List;

/** {@code ordo reports sales}: sales per day and currency. */
@Command(name = "sales",
        description = {"Sales per day and currency: orders, units, revenue, refunds, net revenue.",
            "An order counts on the day it was paid; a refund on the day it was refunded."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo reports sales --from 2025-03-01 --to 2025-03-31",
            "  ordo reports sales --currency EUR --output csv > sales.csv"})
public final class SalesReportCommand extends ReportCommand<SalesDay> {

    @Mixin
    MoneyReportOptions filters;

    @Override
    protected ReportKind kind() {
        return ReportKind.SALES;
    }

    @Override
    protected ReportQuery query() {
        return filters.query();
    }

    @Override
    protected Report<SalesDay> read(ReportsApi reports, ReportQuery query) {
        return reports.sales(query);
    }

    @Override
    protected void printRows(List<SalesDay> rows, PrintWriter out) {
        TextTable table = TextTable.of(Column.left("DAY"), Column.left("CUR"), Column.right("ORDERS"),
                Column.right("UNITS"), Column.right("REVENUE"), Column.right("REFUNDS"), Column.right("NET"));
        rows.forEach(day -> table.row(day.day(), day.currency(), day.orders(), day.quantity(),
                Amounts.plain(day.revenue()), Amounts.plain(day.refunds()), Amounts.plain(day.netRevenue())));
        table.printTo(out);
    }

    @Override
    protected String nothing() {
        return "No sales " + period(filters.range) + ".";
    }
}
