package io.ordo.cli.reports;

import io.ordo.cli.output.TextTable;
import io.ordo.cli.output.TextTable.Column;
import io.ordo.client.ReportKind;
import io.ordo.client.ReportQuery;
import io.ordo.client.ReportsApi;
import io.ordo.client.model.ProductSalesDay;
import io.ordo.client.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;

/** {@code ordo reports products}: sales per day, product and currency. */
@Command(name = "products",
        description = "Sales per day, product and currency: orders, units, revenue and refunds of each product.",
        footerHeading = "%nExamples:%n",
        footer = {"  ordo reports products --from 2025-03-01 --sku KB-001",
            "  ordo reports products --currency EUR --output json"})
public final class ProductSalesReportCommand extends ReportCommand<ProductSalesDay> {

    @Mixin
    MoneyReportOptions filters;

    @Option(names = "--sku", paramLabel = "SKU", description = "Only this product.")
    String sku;

    @Override
    protected ReportKind kind() {
        return ReportKind.SALES_BY_PRODUCT;
    }

    @Override
    protected ReportQuery query() {
        return filters.query().withSku(sku);
    }

    @Override
    protected Report<ProductSalesDay> read(ReportsApi reports, ReportQuery query) {
        return reports.salesByProduct(query);
    }

    @Override
    protected void printRows(List<ProductSalesDay> rows, PrintWriter out) {
        TextTable table = TextTable.of(Column.left("DAY"), Column.left("SKU"), Column.truncated("NAME"),
                Column.left("CUR"), Column.right("UNITS"), Column.right("REVENUE"), Column.right("REFUNDS"));
        rows.forEach(day -> table.row(day.day(), day.sku(), day.name(), day.currency(), day.quantity(),
                Amounts.plain(day.revenue()), Amounts.plain(day.refunds())));
        table.printTo(out);
    }

    @Override
    protected String nothing() {
        return "No sales " + (sku == null ? "" : "of " + sku + " ") + period(filters.range) + ".";
    }
}
