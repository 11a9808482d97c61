package io.ordo.cli.orders;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.command.PagingOptions;
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

/** {@code ordo orders list}: recent orders, optionally only those in one status. */
@Command(name = "list",
        description = "List orders, optionally only those in one status.",
        footerHeading = "%nExamples:%n",
        footer = {"  ordo orders list --status PAID", "  ordo orders list --status failed --all --output json"})
public final class OrdersListCommand extends AbstractCommand {

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only orders in this status: ${COMPLETION-CANDIDATES}.")
    OrderStatus status;

    @Mixin
    PagingOptions paging;

    @Override
    protected int execute() {
        OrderQuery query = OrderQuery.all().withStatus(status).withLimit(paging.limit()).after(paging.cursor());
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
        TextTable table = TextTable.of(Column.left("ID"), Column.left("STATUS"), Column.right("TOTAL"),
                Column.truncated("CUSTOMER"));
        page.items().forEach(order -> table.row(order.id(), order.status(), order.total(), order.customerName()));
        table.printTo(out);
        if (page.hasMore()) {
            out.println("More: ordo orders list" + (status == null ? "" : " --status " + status)
                    + " --cursor " + page.nextCursor());
        }
    }
}
