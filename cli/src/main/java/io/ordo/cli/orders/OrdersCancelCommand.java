package io.ordo.cli.orders;

import io.ordo.cli.command.Confirmation;
import io.ordo.client.OrdoClient;
import io.ordo.client.model.Order;
import io.ordo.client.model.OrderStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** {@code ordo orders cancel}: cancels an order for good; a paid one is refunded. */
@Command(name = "cancel",
        description = {"Cancel an order. Its stock is released; a PAID order's payment is refunded.",
            "Cannot be undone, so it asks first; --yes skips the question (and is needed in scripts)."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo orders cancel 3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10",
            "  ordo orders cancel 3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10 --reason 'fraud' --yes"})
public final class OrdersCancelCommand extends OrderChangeCommand {

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why; kept in the order's history.")
    String reason;

    @Mixin
    Confirmation confirmation;

    @Override
    protected String action() {
        return "cancel";
    }

    @Override
    protected void confirm(Order asRead) {
        confirmation.confirm(environment(), () -> "Cancel order " + id + " (" + describe(asRead) + ")?"
                + (isPaid(asRead) ? " Its payment will be refunded." : ""), "Cancelling order " + id);
    }

    @Override
    protected Order change(OrdoClient client, Order asRead) {
        return client.cancelOrder(asRead, reason);
    }

    @Override
    protected void report(Order before, Order after, PrintWriter out) {
        out.printf("Cancelled order %s (was %s): now %s, payment %s.%n", after.id(), before.status(), after.status(),
                after.paymentStatus());
        if (isPaid(before)) {
            out.println("The refund goes through the gateway; 'ordo orders show " + after.id()
                    + "' shows the payment REFUNDED once it is done.");
        }
    }

    private static boolean isPaid(Order order) {
        return OrderStatus.PAID.equals(order.status());
    }
}
