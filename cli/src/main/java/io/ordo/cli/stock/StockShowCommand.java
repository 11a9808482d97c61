package io.ordo.cli.stock;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.command.NextPage;
import io.ordo.cli.command.PagingOptions;
import io.ordo.cli.output.TextTable;
import io.ordo.cli.output.TextTable.Column;
import io.ordo.client.InventoryApi;
import io.ordo.client.Page;
import io.ordo.client.StockLevelQuery;
import io.ordo.client.model.ProductStock;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ordo stock show [SKU]}: one product's stock, or every product's (optionally low ones only). */
@Command(name = "show",
        description = {"Show stock: on hand, reserved for orders, available, and whether it is low.",
            "Without a SKU, every product in SKU order (--low: only those at or below their threshold)."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo stock show KB-001", "  ordo stock show --low --all --output json"})
public final class StockShowCommand extends AbstractCommand {

    @Parameters(paramLabel = "SKU", arity = "0..1", description = "The product; leave out to list every product.")
    String sku;

    @Option(names = "--low", description = "Only products at or below their low-stock threshold.")
    boolean lowOnly;

    @Mixin
    PagingOptions paging;

    /** The list is one table, CSV for {@code --output csv}; one product's level is not. */
    @Override
    protected boolean writesCsv() {
        return sku == null;
    }

    @Override
    protected int execute() {
        InventoryApi inventory = client().inventory();
        if (sku != null) {
            ProductStock level = inventory.stockLevel(sku);
            print(level, out -> printLevel(level, out));
            return ExitCodes.OK;
        }
        StockLevelQuery query = StockLevelQuery.firstPage().withLimit(paging.limit()).after(paging.cursor()).lowOnly(lowOnly);
        Page<ProductStock> page = paging.all()
                ? new Page<>(inventory.allStockLevels(query).toList(), null)
                : inventory.stockLevels(query);
        print(page, out -> printTable(page, out));
        return ExitCodes.OK;
    }

    private static void printLevel(ProductStock level, PrintWriter out) {
        out.printf("%s  %s%s%n", level.sku(), level.name(), level.active() ? "" : " (not on sale)");
        out.printf("On hand:    %d%n", level.onHand());
        out.printf("Reserved:   %d%n", level.reserved());
        out.printf("Available:  %d%s%n", level.available(),
                level.lowStock() ? "  LOW (threshold " + level.lowStockThreshold() + ")" : "");
        out.printf("Version:    %d%n", level.version());
    }

    private void printTable(Page<ProductStock> page, PrintWriter out) {
        if (page.items().isEmpty()) {
            out.println(lowOnly ? "No product is low on stock." : "No products.");
            return;
        }
        TextTable table = TextTable.of(Column.left("SKU"), Column.truncated("NAME"), Column.right("ON HAND"),
                Column.right("RESERVED"), Column.right("AVAILABLE"), Column.left("LOW"));
        page.items().forEach(level -> table.row(level.sku(), level.name(), level.onHand(), level.reserved(),
                level.available(), level.lowStock() ? "yes" : ""));
        table.printTo(out);
        if (page.hasMore()) {
            out.println("More: " + new NextPage(lowOnly ? "ordo stock show --low" : "ordo stock show")
                    .at(page.nextCursor(), paging));
        }
    }
}
