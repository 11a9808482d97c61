package io.ordo.cli.orders;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.output.Formats;
import io.ordo.cli.output.TextTable;
import io.ordo.cli.output.TextTable.Column;
import io.ordo.client.OrdoClient;
import io.ordo.client.model.Order;
import io.ordo.client.model.OrderStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;

/** {@code ordo orders show}: one order with its payment, lines, what can be done to it, and its history. */
@Command(name = "show",
        description = {"Show one order: its status, payment, total, lines, history and possible actions.",
            "Also its shipment and what failed, if anything did."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo orders show 3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10",
            "  ordo orders show 3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10 --output json"})
public final class OrdersShowCommand extends AbstractCommand {

    @Parameters(paramLabel = "ID", converter = OrderReference.Converter.class,
            description = "The order's id as 'ordo orders list' shows it, or its first characters.")
    OrderReference id;

    @Override
    protected int execute() {
        OrdoClient client = client();
        Order order = client.order(id.resolve(client));
        print(order, out -> printDetails(order, out));
        return ExitCodes.OK;
    }

    private static void printDetails(Order order, PrintWriter out) {
        field(out, "Order", order.id());
        field(out, "Status", order.status());
        field(out, "Payment", order.paymentStatus());
        if (order.failureReason() != null) {
            field(out, "Failure", order.failureReason());
        }
        if (order.customer() != null) {
            field(out, "Customer", order.customer().name());
            field(out, "Email", order.customer().email());
        }
        field(out, "Total", order.total());
        // The server keeps the deadline after payment; it only means something while the order waits for it.
        if (OrderStatus.RESERVED.equals(order.status()) && order.reservedUntil() != null) {
            field(out, "Reserved", "until " + Formats.time(order.reservedUntil()) + ", unless paid");
        }
        if (order.shipment() != null) {
            field(out, "Shipment", order.shipment().carrier() + ", tracking " + order.shipment().trackingNumber());
        }
        field(out, "Actions", order.actions().isEmpty() ? "none" : String.join(", ", order.actions()));
        field(out, "Created", Formats.time(order.createdAt()));
        field(out, "Updated", Formats.time(order.updatedAt()));

        out.println();
        out.println("Lines");
        TextTable lines = TextTable.of(Column.left("SKU"), Column.truncated("NAME"), Column.right("QTY"),
                Column.right("UNIT PRICE"), Column.right("LINE TOTAL"));
        order.lines().forEach(line -> lines.row(line.sku(), line.name(), line.quantity(), line.unitPrice(),
                line.lineTotal()));
        lines.printTo(out);

        out.println();
        out.println("History");
        Timeline.print(order.history(), out);
    }

    private static void field(PrintWriter out, String label, Object value) {
        out.printf("%-9s %s%n", label, Formats.text(value));
    }
}
