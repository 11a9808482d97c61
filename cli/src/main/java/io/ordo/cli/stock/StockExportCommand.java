package io.ordo.cli.stock;

import io.ordo.cli.transfer.ExportCommand;
import io.ordo.client.InventoryApi;
import picocli.CommandLine.Command;

/** {@code ordo stock export}: every stock level as CSV or JSON. */
@Command(name = "export",
        description = "Export every product's stock level (on hand, reserved, available, low) as CSV or JSON.",
        footerHeading = "%nExamples:%n",
        footer = {"  ordo stock export --file stock.csv", "  ordo stock export --format json > stock.json"})
public final class StockExportCommand extends ExportCommand {

    public StockExportCommand() {
        super("stock", InventoryApi::exportStock);
    }
}
