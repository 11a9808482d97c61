package io.ordo.cli.reports;

import io.ordo.cli.command.GroupCommand;
import picocli.CommandLine.Command;

/** {@code ordo reports}: groups the reports (staff and admins) and their rebuild (admins). */
@Command(name = "reports",
        description = {"Reports for staff and admins, as tables, JSON or CSV (--output csv, the server's own).",
            "They are fed by the order events, so they trail the orders a little: each says how fresh it is.",
            "Days are UTC days; --from and --to are both included."},
        subcommands = {
            SalesReportCommand.class,
            ProductSalesReportCommand.class,
            PaymentsReportCommand.class,
            StatusReportCommand.class,
            StatusChangesReportCommand.class,
            StuckOrdersReportCommand.class,
            StockReportCommand.class,
            ReportsFreshnessCommand.class,
            ReportsRebuildCommand.class,
            ReportsRebuildStatusCommand.class
        },
        footerHeading = "%nExamples:%n",
        footer = {"  ordo reports sales --from 2025-03-01 --to 2025-03-31",
            "  ordo reports stock --low-only --output csv > low-stock.csv", "  ordo reports stuck --min-age 1h"})
public final class ReportsCommand extends GroupCommand {
}
