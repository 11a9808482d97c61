package io.ordo.cli.stock;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.Confirmation;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.output.TextTable;
import io.ordo.cli.output.TextTable.Column;
import io.ordo.client.model.ReconciliationReport;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ordo stock reconcile [--repair]}: compares every stock level with what its ledger adds up to. */
@Command(name = "reconcile",
        description = {"Check every stock level against its ledger and list the products that drifted.",
            "The ledger is the record of every movement; active reservations count too. Exit 5 if any drifted.",
            "--repair sets drifted levels back to the ledger's figures; it cannot be undone, so it asks first."},
        footerHeading = "%nExamples:%n",
        footer = {"  ordo stock reconcile", "  ordo stock reconcile --repair --yes"})
public final class StockReconcileCommand extends AbstractCommand {

    @Option(names = "--repair", description = "Set drifted levels back to what the ledger adds up to.")
    boolean repair;

    @Mixin
    Confirmation confirmation;

    @Override
    protected int execute() {
        if (repair) {
            confirmation.confirm(environment(), () -> "Set every stock level that drifted from its ledger back to the ledger's figures?",
                    "Repairing stock levels");
        }
        ReconciliationReport report = client().inventory().reconcileStock(repair);
        print(report, out -> printReport(report, out));
        boolean unrepaired = report.drift().stream().anyMatch(drift -> !drift.repaired());
        return unrepaired ? ExitCodes.CONFLICT : ExitCodes.OK;
    }

    private static void printReport(ReconciliationReport report, PrintWriter out) {
        if (report.drift().isEmpty()) {
            out.printf("All %d stock levels agree with their ledgers.%n", report.productsChecked());
            return;
        }
        out.printf("%d of %d stock levels drifted%s.%n", report.drifted(), report.productsChecked(),
                report.repair() ? ", " + report.repaired() + " repaired" : "");
        TextTable table = TextTable.of(Column.left("SKU"), Column.right("ON HAND"), Column.right("LEDGER"),
                Column.right("RESERVED"), Column.right("LEDGER"), Column.right("HELD"), Column.wrapped("STATE"));
        report.drift().forEach(drift -> table.row(drift.sku(), drift.recordedOnHand(), drift.ledgerOnHand(),
                drift.recordedReserved(), drift.ledgerReserved(), drift.heldByReservations(),
                drift.repaired() ? "repaired" : drift.note()));
        table.printTo(out);
        if (!report.repair()) {
            out.println("Repair with: ordo stock reconcile --repair");
        }
    }
}
