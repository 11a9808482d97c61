package io.ordo.cli.orders;

import io.ordo.cli.transfer.ExportCommand;
import io.ordo.client.InventoryApi;
import picocli.CommandLine.Command;

/** {@code ordo orders export}: every order, newest first, as CSV or JSON (admins). */
@Command(name = "export",
        description = "Export every order, newest first (id, status, payment status, customer, total, times), as CSV or JSON.",
        footerHeading = "%nExamples:%n",
        footer = {"  ordo orders export --file orders.csv", "  ordo orders export --format json | jq length"})
public final class OrdersExportCommand extends ExportCommand {

    public OrdersExportCommand() {
        super("orders", InventoryApi::exportOrders);
    }
}
