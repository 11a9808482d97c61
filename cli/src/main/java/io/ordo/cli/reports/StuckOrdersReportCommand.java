package io.ordo.cli.reports;

import io.ordo.cli.command.NextPage;
import io.ordo.cli.command.PagingOptions;
import io.ordo.cli.orders.OrderStatusNames;
import io.ordo.cli.output.Formats;
import io.ordo.cli.output.OutputFormat;
import io.ordo.cli.output.TextTable;
import io.ordo.cli.output.TextTable.Column;
import io.ordo.client.ReportKind;
import io.ordo.client.ReportQuery;
import io.ordo.client.ReportsApi;
import io.ordo.client.model.OrderStatus;
import io.ordo.client.model.Report;
import io.ordo.client.model.StuckOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code ordo reports stuck}: orders not in a final state, longest in their status first. */
@Command(name = "stuck",
        description = {"Orders not yet SHIPPED or CANCELLED, longest in their status first.",
            "They show where the pipeline may be stuck; 'ordo orders show ID' tells why."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo reports stuck --min-age 15m", "  ordo reports stuck --status RESERVED --all --output json"})
public final class StuckOrdersReportCommand extends ReportCommand<StuckOrder> {

    @Option(names = "--status", paramLabel = "STATUS", completionCandidates = OrderStatusNames.class,
            description = "Only orders in this status: ${COMPLETION-CANDIDATES}.")
    OrderStatus status;

    @Option(names = "--min-age", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Only orders in their status at least this long, e.g. 15m, 2h, 1d (or PT15M).")
    Duration minAge;

    @Mixin
    PagingOptions paging;

    @Override
    protected ReportKind kind() {
        return ReportKind.STUCK_ORDERS;
    }

    @Override
    protected ReportQuery query() {
        return ReportQuery.defaults().withStatus(status).withMinAge(minAge).withLimit(paging.limit())
                .after(paging.cursor());
    }

    @Override
    protected boolean allPages() {
        return paging.all();
    }

    @Override
    protected Report<StuckOrder> read(ReportsApi reports, ReportQuery query) {
        Report<StuckOrder> first = reports.stuckOrders(query);
        if (!paging.all()) {
            return first;
        }
        List<StuckOrder> rows = new ArrayList<>(first.rows());
        Report<StuckOrder> page = first;
        while (page.hasMore()) {
            page = reports.stuckOrders(query.after(page.nextCursor()));
            rows.addAll(page.rows());
        }
        return new Report<>(first.asOfEvent(), first.asOfTime(), first.lagEvents(), first.lagSeconds(), rows, null);
    }

    @Override
    protected void printRows(List<StuckOrder> rows, PrintWriter out) {
        TextTable table = TextTable.of(Column.left("ORDER"), Column.left("STATUS"), Column.right("FOR"),
                Column.right("TOTAL"));
        rows.forEach(order -> table.row(order.orderId(), order.status(),
                Formats.elapsed(Duration.ofSeconds(order.secondsInStatus())).substring(1),
                Amounts.plain(order.total()) + " " + Formats.text(order.currency())));
        table.printTo(out);
    }

    @Override
    protected String nothing() {
        return "No stuck orders" + (status == null ? "" : " in " + status)
                + (minAge == null ? "" : " for " + Formats.elapsed(minAge).substring(1) + " or more") + ".";
    }

    @Override
    protected String nextPage(String cursor, OutputFormat output) {
        return new NextPage("ordo reports stuck").option("--status", status)
                .option("--min-age", minAge == null ? null : minAge.toString())
                .option("--output", output == OutputFormat.CSV ? "csv" : null).at(cursor, paging);
    }
}
