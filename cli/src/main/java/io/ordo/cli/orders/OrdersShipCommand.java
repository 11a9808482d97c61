package io.ordo.cli.orders;

import io.ordo.cli.command.Confirmation;
import io.ordo.client.OrdoClient;
import io.ordo.client.model.Order;
import io.ordo.client.model.Shipment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** {@code ordo orders ship}: a PAID order leaves the warehouse with a carrier and tracking number. */
@Command(name = "ship",
        description = {"Ship a PAID order: its stock leaves the warehouse.",
            "The carrier and tracking number are kept on record. Cannot be undone, so it asks first;",
            "--yes skips the question."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo orders ship 3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10 \\",
            "      --carrier DHL --tracking JD014600006281 --yes"})
public final class OrdersShipCommand extends OrderChangeCommand {

    @Option(names = "--carrier", required = true, paramLabel = "NAME", description = "Who carries it, e.g. DHL.")
    String carrier;

    @Option(names = "--tracking", required = true, paramLabel = "NUMBER",
            description = "The carrier's tracking number.")
    String trackingNumber;

    @Mixin
    Confirmation confirmation;

    @Override
    protected String action() {
        return "ship";
    }

    @Override
    protected void confirm(Order asRead) {
        confirmation.confirm(environment(), () -> "Ship order " + id + " (" + describe(asRead) + ") with " + carrier
                + ", tracking " + trackingNumber + "?", "Shipping order " + id);
    }

    @Override
    protected Order change(OrdoClient client, Order asRead) {
        return client.shipOrder(asRead, new Shipment(carrier, trackingNumber));
    }

    @Override
    protected void report(Order before, Order after, PrintWriter out) {
        out.printf("Shipped order %s with %s, tracking %s: now %s.%n", after.id(), carrier, trackingNumber,
                after.status());
    }
}
