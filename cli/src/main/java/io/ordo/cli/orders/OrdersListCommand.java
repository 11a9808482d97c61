package io.ordo.cli.orders;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.CliException;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.command.NextPage;
import io.ordo.cli.command.PagingOptions;
import io.ordo.cli.output.Formats;
import io.ordo.cli.output.TextTable;
import io.ordo.cli.output.TextTable.Column;
import io.ordo.client.OrderQuery;
import io.ordo.client.Page;
import io.ordo.client.model.OrderStatus;
import io.ordo.client.model.OrderSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Instant;

/** {@code ordo orders list}: orders, newest first, filtered as the API allows. */
@Command(name = "list",
        description = {"List orders, newest first, optionally filtered.",
            "Times are ISO-8601 instants or dates (a date is its midnight UTC)."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo orders list --status PAID",
            "  ordo orders list --status failed --from 2025-03-01 --all --output json",
            "  ordo orders list --customer ada@example.org",
            "  ordo orders list --search lovelace"})
public final class OrdersListCommand extends AbstractCommand {

    @Option(names = "--status", paramLabel = "STATUS", completionCandidates = OrderStatusNames.class,
            description = "Only orders in this status: ${COMPLETION-CANDIDATES}.")
    OrderStatus status;

    @Option(names = "--customer", paramLabel = "EMAIL", description = "Only orders of the customer with this email.")
    String customerEmail;

    @Option(names = "--from", paramLabel = "TIME", description = "Only orders created at or after TIME.")
    Instant from;

    @Option(names = "--to", paramLabel = "TIME", description = "Only orders created before TIME.")
    Instant to;

    @Option(names = {"-q", "--search"}, paramLabel = "TEXT",
            description = "Only orders whose customer name or email has every word of TEXT as a whole word, "
                    + "whatever its case: 'lovelace' finds Ada Lovelace, 'love' does not.")
    String text;

    @Mixin
    PagingOptions paging;

    /** One table: CSV for {@code --output csv}. */
    @Override
    protected boolean writesCsv() {
        return true;
    }

    @Override
    protected int execute() {
        if (from != null && to != null && !from.isBefore(to)) {
            // The server would answer an empty list; the reports refuse such a range, and so does this.
            throw new CliException(ExitCodes.INVALID, "--from (" + from + ") must be before --to (" + to
                    + "): no order can match. Swap them, or drop one.");
        }
        OrderQuery query = OrderQuery.all().withStatus(status).withCustomerEmail(customerEmail)
                .createdBetween(from, to).withText(text).withLimit(paging.limit()).after(paging.cursor());
        Page<OrderSummary> page = paging.all()
                ? new Page<>(client().allOrders(query).toList(), null)
                : client().orders(query);
        print(page, out -> printTable(page, out));
        return ExitCodes.OK;
    }

    private void printTable(Page<OrderSummary> page, PrintWriter out) {
        if (page.items().isEmpty()) {
            out.println(status == null ? "No orders." : "No " + status + " orders.");
            return;
        }
        // The day only, so that whole ids and a name still fit 80 columns; --output json has the instant.
        TextTable table = TextTable.of(Column.left("ID"), Column.left("STATUS"), Column.right("TOTAL"),
                Column.left("CREATED"), Column.truncated("CUSTOMER"));
        page.items().forEach(order -> table.row(order.id(), order.status(), order.total(),
                Formats.day(order.createdAt()), order.customerName()));
        table.printTo(out);
        if (page.hasMore()) {
            out.println("More: " + new NextPage("ordo orders list").option("--status", status)
                    .option("--customer", customerEmail).option("--from", from).option("--to", to)
                    .option("--search", text).at(page.nextCursor(), paging));
        }
    }
}
