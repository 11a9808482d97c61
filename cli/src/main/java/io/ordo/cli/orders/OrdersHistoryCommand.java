package io.ordo.cli.orders;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.ExitCodes;
import io.ordo.client.OrdoClient;
import io.ordo.client.model.Order;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;


/**
 * {@code ordo orders history}: the timeline of one order's transitions. As JSON, the history
 * entries as the API gives them, correlation ids included, to follow an order into the logs.
 */
@Command(name = "history",
        description = {"Show the timeline of an order: every change of its status.",
            "For each: when, how long after the one before, by whom and why. As JSON with the",
            "correlation ids, to find it in the server's logs."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo orders history 3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10",
            "  ordo orders history 3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10 --output json"})
public final class OrdersHistoryCommand extends AbstractCommand {

    @Parameters(paramLabel = "ID", converter = OrderReference.Converter.class,
            description = "The order's id as 'ordo orders list' shows it, or its first characters.")
    OrderReference id;

    @Override
    protected int execute() {
        OrdoClient client = client();
        Order order = client.order(id.resolve(client));
        print(order.history(), out -> {
            out.println("Order " + order.id() + " is " + order.status() + ".");
            out.println();
            Timeline.print(order.history(), out);
        });
        return ExitCodes.OK;
    }
}
