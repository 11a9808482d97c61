package io.ordo.cli.reports;

import io.ordo.client.ReportQuery;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --from}, {@code --to} and {@code --currency} of the reports of money per day: sales, products, payments. */
final class MoneyReportOptions {

    @Mixin
    DateRangeOptions range;

    @Option(names = "--currency", paramLabel = "CODE", description = "Only this currency, e.g. EUR.")
    String currency;

    /** The report's query for the range and currency given. */
    ReportQuery query() {
        return ReportQuery.defaults().between(range.from, range.to).withCurrency(currency);
    }
}
