package io.ordo.cli.products;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.command.NextPage;
import io.ordo.cli.command.PagingOptions;
import io.ordo.cli.output.TextTable;
import io.ordo.cli.output.TextTable.Column;
import io.ordo.client.Page;
import io.ordo.client.ProductQuery;
import io.ordo.client.model.Product;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;

/** {@code ordo products list}: the catalogue with prices and what is still available. */
@Command(name = "list",
        description = "List products with their price and available stock.",
        footerHeading = "%nExamples:%n",
        footer = {"  ordo products list --limit 20", "  ordo products list --all --output json"})
public final class ProductsListCommand extends AbstractCommand {

    @Mixin
    PagingOptions paging;

    /** One table: CSV for {@code --output csv}. */
    @Override
    protected boolean writesCsv() {
        return true;
    }

    @Override
    protected int execute() {
        ProductQuery query = ProductQuery.firstPage().withLimit(paging.limit()).after(paging.cursor());
        Page<Product> page = paging.all()
                ? new Page<>(client().allProducts(query).toList(), null)
                : client().products(query);
        print(page, out -> printTable(page, out));
        return ExitCodes.OK;
    }

    private void printTable(Page<Product> page, PrintWriter out) {
        if (page.items().isEmpty()) {
            out.println("No products.");
            return;
        }
        TextTable table = TextTable.of(Column.left("SKU"), Column.truncated("NAME"), Column.right("PRICE"),
                Column.right("AVAILABLE"), Column.left("ACTIVE"));
        page.items().forEach(product -> table.row(product.sku(), product.name(), product.price(),
                product.available(), product.active() ? "yes" : "no"));
        table.printTo(out);
        if (page.hasMore()) {
            out.println("More: " + new NextPage("ordo products list").at(page.nextCursor(), paging));
        }
    }
}
