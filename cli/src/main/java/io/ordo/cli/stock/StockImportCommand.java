package io.ordo.cli.stock;

import io.ordo.cli.transfer.ImportCommand;
import io.ordo.client.DataFormat;
import io.ordo.client.InventoryApi;
import io.ordo.client.model.ImportReport;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import picocli.CommandLine.Command;

/** {@code ordo stock import FILE}: stock movements in bulk, all or nothing. */
@Command(name = "import",
        description = {"Import stock movements from a CSV or JSON file, all or nothing.",
            "Columns: sku, quantity, movement (adjusted, the default, with a signed quantity; or received),",
            "reason, note.",
            "Rows apply in file order. Any bad row (by line, on stdout): nothing is imported, exit 6.",
            "--dry-run checks every row and changes nothing."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo stock import stocktake.csv --dry-run", "  ordo stock import deliveries.json",
            "", "  stocktake.csv:", "    sku,quantity,movement,reason,note", "    KB-001,-2,adjusted,stock-take,two broken",
            "    MS-002,24,received,delivery 4711,"})
public final class StockImportCommand extends ImportCommand {

    @Override
    protected String what() {
        return "stock movements";
    }

    @Override
    protected ImportReport send(InventoryApi inventory, Path file, DataFormat format, boolean dryRun, LongConsumer progress) {
        return inventory.importStock(file, format, dryRun, progress);
    }
}
