package io.ordo.cli.reports;

import io.ordo.cli.output.TextTable;
import io.ordo.cli.output.TextTable.Column;
import io.ordo.client.ReportKind;
import io.ordo.client.ReportQuery;
import io.ordo.client.ReportsApi;
import io.ordo.client.model.Report;
import io.ordo.client.model.StockLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.math.RoundingMode;
import java.util.List;

/** {@code ordo reports stock}: stock per product, whether it is low, and how long it lasts. */
@Command(name = "stock",
        description = {"Stock per product: on hand, reserved, available, low or not, days of cover.",
            "Days of cover: the available units at the pace of the recent sales; empty when nothing sold."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo reports stock --low-only", "  ordo reports stock --threshold 10 --cover-days 30 -o csv"})
public final class StockReportCommand extends ReportCommand<StockLevel> {

    @Option(names = "--threshold", paramLabel = "N",
            description = "Low when at most N units are available (default: the server's, usually 5).")
    Integer threshold;

    @Option(names = "--cover-days", paramLabel = "DAYS",
            description = "Days of sales, today included, whose pace gives the days of cover (default: the server's).")
    Integer coverDays;

    @Option(names = "--low-only", description = "Only products low on stock.")
    boolean lowOnly;

    @Override
    protected ReportKind kind() {
        return ReportKind.STOCK;
    }

    @Override
    protected ReportQuery query() {
        return ReportQuery.defaults().withStock(threshold, coverDays, lowOnly);
    }

    @Override
    protected Report<StockLevel> read(ReportsApi reports, ReportQuery query) {
        return reports.stock(query);
    }

    @Override
    protected void printRows(List<StockLevel> rows, PrintWriter out) {
        TextTable table = TextTable.of(Column.left("SKU"), Column.truncated("NAME"), Column.right("ON HAND"),
                Column.right("RESERVED"), Column.right("AVAILABLE"), Column.left("LOW"), Column.right("COVER"));
        rows.forEach(level -> table.row(level.sku(), level.name(), level.onHand(), level.reserved(),
                level.available(), level.lowStock() ? "low" : "",
                level.daysOfCover() == null ? "" : level.daysOfCover().setScale(1, RoundingMode.HALF_UP) + "d"));
        table.printTo(out);
    }

    @Override
    protected String nothing() {
        return lowOnly ? "No product is low on stock." : "No stock recorded yet.";
    }
}
