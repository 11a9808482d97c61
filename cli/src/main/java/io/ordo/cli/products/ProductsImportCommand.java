package io.ordo.cli.products;

import io.ordo.cli.transfer.ImportCommand;
import io.ordo.client.DataFormat;
import io.ordo.client.InventoryApi;
import io.ordo.client.model.ImportReport;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import picocli.CommandLine.Command;

/** {@code ordo products import FILE}: products added and changed in bulk, all or nothing. */
@Command(name = "import",
        description = {"Import products from a CSV or JSON file, all or nothing.",
            "New SKUs are added, known ones changed. Columns: sku, name, description, price, currency,",
            "active, lowStockThreshold (what 'ordo products export' writes).",
            "Any bad row (by line, on stdout): nothing is imported, exit 6.",
            "--dry-run checks every row and changes nothing."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo products import catalogue.csv --dry-run", "  ordo products import catalogue.json",
            "", "  catalogue.csv:", "    sku,name,description,price,currency,active,lowStockThreshold",
            "    FAN-01,Desk fan,\"Quiet, 3 speeds\",24.90,EUR,true,5"})
public final class ProductsImportCommand extends ImportCommand {

    @Override
    protected String what() {
        return "products";
    }

    @Override
    protected ImportReport send(InventoryApi inventory, Path file, DataFormat format, boolean dryRun, LongConsumer progress) {
        return inventory.importProducts(file, format, dryRun, progress);
    }
}
