package io.ordo.cli.stock;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.command.NextPage;
import io.ordo.cli.command.PagingOptions;
import io.ordo.cli.output.TextTable;
import io.ordo.cli.output.TextTable.Column;
import io.ordo.client.InventoryApi;
import io.ordo.client.Page;
import io.ordo.client.model.LedgerEntry;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ordo stock ledger SKU}: every movement of a product's stock, newest first. */
@Command(name = "ledger",
        description = "A product's stock ledger, newest first: receipts, reservations, releases, shipments, adjustments.",
        footerHeading = "%nExamples:%n",
        footer = {"  ordo stock ledger KB-001", "  ordo stock ledger KB-001 --all --output json"})
public final class StockLedgerCommand extends AbstractCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Parameters(paramLabel = "SKU", description = "The product.")
    String sku;

    @Mixin
    PagingOptions paging;

    /** One table: CSV for {@code --output csv}. */
    @Override
    protected boolean writesCsv() {
        return true;
    }

    @Override
    protected int execute() {
        InventoryApi inventory = client().inventory();
        Page<LedgerEntry> page = paging.all()
                ? new Page<>(inventory.allLedger(sku, paging.limit()).toList(), null)
                : inventory.ledger(sku, paging.limit(), paging.cursor());
        print(page, out -> printTable(page, out));
        return ExitCodes.OK;
    }

    private void printTable(Page<LedgerEntry> page, PrintWriter out) {
        if (page.items().isEmpty()) {
            out.println("No movements of " + sku + " yet.");
            return;
        }
        TextTable table = TextTable.of(Column.left("WHEN (UTC)"), Column.left("MOVEMENT"), Column.right("QTY"),
                Column.wrapped("WHY"));
        page.items().forEach(entry -> table.row(TIME.format(entry.recordedAt()), entry.movement(),
                String.format("%+d", entry.quantity()), why(entry)));
        table.printTo(out);
        if (page.hasMore()) {
            out.println("More: " + new NextPage("ordo stock ledger " + sku).at(page.nextCursor(), paging));
        }
    }

    private static String why(LedgerEntry entry) {
        if (entry.orderId() != null) {
            return "order " + entry.orderId();
        }
        StringBuilder why = new StringBuilder(entry.reason() == null ? "" : entry.reason());
        if (entry.note() != null) {
            why.append(" (").append(entry.note()).append(')');
        }
        if (entry.actor() != null) {
            why.append(", by ").append(entry.actor());
        }
        return why.toString();
    }
}
