package io.ordo.cli.products;

import io.ordo.cli.transfer.ExportCommand;
import io.ordo.client.InventoryApi;
import picocli.CommandLine.Command;

/** {@code ordo products export}: the whole catalogue as CSV or JSON, in the columns an import takes. */
@Command(name = "export",
        description = "Export every product (inactive ones too) as CSV or JSON, in the columns 'ordo products import' takes.",
        footerHeading = "%nExamples:%n",
        footer = {"  ordo products export --file catalogue.csv", "  ordo products export --format json > catalogue.json"})
public final class ProductsExportCommand extends ExportCommand {

    public ProductsExportCommand() {
        super("products", InventoryApi::exportProducts);
    }
}
