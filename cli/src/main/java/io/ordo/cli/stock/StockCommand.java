package io.ordo.cli.stock;

import io.ordo.cli.command.GroupCommand;
import picocli.CommandLine.Command;

/** {@code ordo stock}: groups the stock commands. */
@Command(name = "stock",
        description = "Show and adjust stock, read its ledger, reconcile it, import and export it.",
        subcommands = {
            StockShowCommand.class,
            StockAdjustCommand.class,
            StockLedgerCommand.class,
            StockReconcileCommand.class,
            StockImportCommand.class,
            StockExportCommand.class
        },
        footerHeading = "%nExamples:%n",
        footer = {"  ordo stock show --low", "  ordo stock adjust KB-001 --by -2 --reason stock-take"})
public final class StockCommand extends GroupCommand {
}
