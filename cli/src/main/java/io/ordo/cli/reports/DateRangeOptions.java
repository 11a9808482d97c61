package io.ordo.cli.reports;

import picocli.CommandLine.Option;

import java.time.LocalDate;

/** {@code --from} and {@code --to} of the reports by day: UTC days, both included. */
final class DateRangeOptions {

    @Option(names = "--from", paramLabel = "DAY", converter = DayConverter.class,
            description = "First day, included (UTC). Default: 30 days before --to.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DAY", converter = DayConverter.class,
            description = "Last day, included (UTC). Default: today.")
    LocalDate to;
}
