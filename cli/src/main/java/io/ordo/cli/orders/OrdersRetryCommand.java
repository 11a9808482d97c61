package io.ordo.cli.orders;

import io.ordo.client.OrdoClient;
import io.ordo.client.model.Order;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/**
 * {@code ordo orders retry}: a FAILED or EXPIRED order goes through the pipeline again. Asks
 * nothing: it ends nothing, and a payment already captured is reused, never charged twice.
 */
@Command(name = "retry",
        description = {"Send a FAILED or EXPIRED order through the pipeline again (validate, reserve, pay).",
            "A payment already captured is reused, never charged twice."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo orders retry 3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10",
            "  ordo orders retry 3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10 --reason 'stock arrived'"})
public final class OrdersRetryCommand extends OrderChangeCommand {

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why; kept in the order's history.")
    String reason;

    @Override
    protected String action() {
        return "retry";
    }

    @Override
    protected Order change(OrdoClient client, Order asRead) {
        return client.retryOrder(asRead, reason);
    }

    @Override
    protected void report(Order before, Order after, PrintWriter out) {
        out.printf("Retried order %s (was %s): now %s, and on its way through the pipeline again.%n", after.id(),
                before.status(), after.status());
        out.println("Follow it with: ordo orders history " + after.id());
    }
}
