package io.ordo.cli.transfer;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.CliException;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.output.TextTable;
import io.ordo.cli.output.TextTable.Column;
import io.ordo.client.DataFormat;
import io.ordo.client.ImportRejectedException;
import io.ordo.client.InventoryApi;
import io.ordo.client.model.ImportReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.LongConsumer;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code products import} and {@code stock import} share: send a CSV or JSON file, all or
 * nothing, and print the report. A dry run, or an import with bad rows, lists every bad row by
 * line and exits 6 (nothing was imported); a clean import exits 0.
 */
public abstract class ImportCommand extends AbstractCommand {

    /** Files at least this big get a progress bar. */
    static final long PROGRESS_FROM_BYTES = 1024 * 1024;

    @Parameters(paramLabel = "FILE", description = "The file to import (.csv with a header line, or .json: an array of objects).")
    Path file;

    @Option(names = "--format", paramLabel = "csv|json", description = "The file's format, if its name does not say.")
    DataFormat format;

    @Option(names = "--dry-run", description = "Check every row and report the bad ones by line; change nothing.")
    boolean dryRun;

    @Option(names = "--no-progress", description = "No progress bar on stderr, even for a big file.")
    boolean noProgress;

    /** What is imported, for messages: "products", "stock movements". */
    protected abstract String what();

    protected abstract ImportReport send(InventoryApi inventory, Path file, DataFormat format, boolean dryRun,
                                         LongConsumer progress);

    @Override
    protected final int execute() {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new CliException(ExitCodes.USAGE, "Cannot read " + file + ": no such file, or not readable.");
        }
        DataFormat dataFormat = FormatOption.of(format, file);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, "Cannot read " + file + ": " + e.getMessage());
        }
        ImportReport report;
        try (Progress progress = !noProgress && environment().terminal().showsProgress() && size >= PROGRESS_FROM_BYTES
                ? Progress.of(dryRun ? "Checking" : "Importing", size, err()) : Progress.none()) {
            report = send(client().inventory(), file, dataFormat, dryRun, progress);
        } catch (ImportRejectedException rejected) {
            print(rejected.report(), out -> printReport(rejected.report(), out));
            err().println("ordo: " + rejected.report().invalid() + " of " + rejected.report().rows() + " rows of " + file
                    + " are not valid, so nothing was imported. Fix the lines listed above and import it again"
                    + " (--dry-run checks without importing).");
            return ExitCodes.INVALID;
        }
        print(report, out -> printReport(report, out));
        if (report.invalid() > 0) {
            err().println("ordo: " + report.invalid() + " of " + report.rows() + " rows of " + file
                    + " are not valid (dry run: nothing was imported). Fix the lines listed above.");
            return ExitCodes.INVALID;
        }
        return ExitCodes.OK;
    }

    private void printReport(ImportReport report, PrintWriter out) {
        if (report.dryRun()) {
            out.printf("Dry run of %s: %d rows, %d bad. Nothing was imported.%n", file, report.rows(), report.invalid());
        } else if (report.invalid() > 0) {
            out.printf("%s: %d rows, %d bad. Nothing was imported.%n", file, report.rows(), report.invalid());
        } else {
            out.printf("Imported %d %s from %s.%n", report.imported(), what(), file);
        }
        if (!report.errors().isEmpty()) {
            TextTable table = TextTable.of(Column.right("LINE"), Column.left("FIELD"), Column.wrapped("PROBLEM"));
            // In file order, as a person fixes them; the server reports them as its checks found them.
            report.errors().stream().sorted(Comparator.comparingInt(ImportReport.RowError::line))
                    .forEach(error -> table.row(error.line(), error.field() == null ? "" : error.field(), error.message()));
            table.printTo(out);
            if (report.errors().size() < report.invalid()) {
                out.printf("(the first %d problems of %d bad rows)%n", report.errors().size(), report.invalid());
            }
        }
    }
}
