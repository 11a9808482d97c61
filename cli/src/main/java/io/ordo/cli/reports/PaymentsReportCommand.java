package io.ordo.cli.reports;

import io.ordo.cli.output.TextTable;
import io.ordo.cli.output.TextTable.Column;
import io.ordo.client.ReportKind;
import io.ordo.client.ReportQuery;
import io.ordo.client.ReportsApi;
import io.ordo.client.model.PaymentOutcomesDay;
import io.ordo.client.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.List;

/** {@code ordo reports payments}: payment outcomes per day and currency. */
@Command(name = "payments",
        description = "Payment outcomes per day and currency: how many were CAPTURED, DECLINED, VOIDED, REFUNDED.",
        footerHeading = "%nExamples:%n",
        footer = {"  ordo reports payments --from 2025-03-01", "  ordo reports payments --output csv > payments.csv"})
public final class PaymentsReportCommand extends ReportCommand<PaymentOutcomesDay> {

    @Mixin
    MoneyReportOptions filters;

    @Override
    protected ReportKind kind() {
        return ReportKind.PAYMENTS;
    }

    @Override
    protected ReportQuery query() {
        return filters.query();
    }

    @Override
    protected Report<PaymentOutcomesDay> read(ReportsApi reports, ReportQuery query) {
        return reports.payments(query);
    }

    @Override
    protected void printRows(List<PaymentOutcomesDay> rows, PrintWriter out) {
        TextTable table = TextTable.of(Column.left("DAY"), Column.left("OUTCOME"), Column.left("CUR"),
                Column.right("PAYMENTS"), Column.right("AMOUNT"));
        rows.forEach(day -> table.row(day.day(), day.outcome(), day.currency(), day.payments(),
                Amounts.plain(day.amount())));
        table.printTo(out);
    }

    @Override
    protected String nothing() {
        return "No payments " + period(filters.range) + ".";
    }
}
