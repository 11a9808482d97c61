package io.ordo.cli.stock;

import io.ordo.cli.transfer.ExportCommand;
import io.ordo.client.DataFormat;
import io.ordo.client.InventoryApi;
import java.io.OutputStream;
import java.util.function.LongConsumer;
import picocli.CommandLine.Command;

/** {@code ordo stock export}: every stock level as CSV or JSON. */
@Command(name = "export",
        description = "Export every product's stock level (on hand, reserved, available, low) as CSV or JSON.",
        footerHeading = "%nExamples:%n",
        footer = {"  ordo stock export --file stock.csv", "  ordo stock export --format json > stock.json"})
public final class StockExportCommand extends ExportCommand {

    @Override
    protected String what() {
        return "stock";
    }

    @Override
    protected long receive(InventoryApi inventory, DataFormat format, OutputStream out, LongConsumer progress) {
        return inventory.exportStock(format, out, progress);
    }
}
