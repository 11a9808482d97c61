package io.ordo.cli.orders;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.CliException;
import io.ordo.cli.command.ExitCodes;
import io.ordo.client.OrdoClient;
import io.ordo.client.model.Order;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.UUID;

/**
 * What cancel, retry and ship share: read the order, check that the server offers the action in
 * its current status, let the subclass ask for confirmation, then act naming the version read.
 * If the order changed in between (while a person read the question, say), the server refuses
 * and nothing happens.
 */
abstract class OrderChangeCommand extends AbstractCommand {

    @Parameters(paramLabel = "ID", converter = OrderReference.Converter.class,
            description = "The order's id as 'ordo orders list' shows it, or its first characters.")
    OrderReference reference;

    /** The whole id of the order {@link #reference} names, once resolved. */
    UUID id;

    /** The API's name of the action, as the order's {@code actions} list it: cancel, retry, ship. */
    protected abstract String action();

    /** Asks the person, for actions that cannot be undone; returns when it may go ahead. */
    protected void confirm(Order asRead) {
    }

    protected abstract Order change(OrdoClient client, Order asRead);

    /** The table output: what was done, and what follows from it. */
    protected abstract void report(Order before, Order after, PrintWriter out);

    @Override
    protected final int execute() {
        OrdoClient client = client();
        id = reference.resolve(client);
        Order asRead = client.order(id);
        if (!asRead.allows(action())) {
            // Refused here rather than by the server only so that nobody is asked to confirm the impossible.
            throw new CliException(ExitCodes.CONFLICT, "Order " + id + " is " + asRead.status() + "; it cannot "
                    + action() + " from there. " + (asRead.actions().isEmpty() ? "Nothing can be done to it now."
                            : "Possible now: " + String.join(", ", asRead.actions()) + "."));
        }
        confirm(asRead);
        Order after = change(client, asRead);
        print(after, out -> report(asRead, after, out));
        return ExitCodes.OK;
    }

    /** How an order is named in questions: its status, total and customer. */
    static String describe(Order order) {
        return order.status() + ", " + order.total() + (order.customer() == null ? "" : ", " + order.customer().name());
    }
}
