package io.ordo.cli.reports;

import io.ordo.cli.command.AbstractCommand;
import io.ordo.cli.command.CliException;
import io.ordo.cli.command.ExitCodes;
import io.ordo.cli.output.OutputFormat;
import io.ordo.client.CsvReport;
import io.ordo.client.ReportKind;
import io.ordo.client.ReportQuery;
import io.ordo.client.ReportsApi;
import io.ordo.client.model.Report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The shape of every report command: a table with the report's freshness under it, the API's
 * JSON document, or the server's own CSV copied through as it arrives.
 *
 * @param <R> the report's row
 */
abstract class ReportCommand<R> extends AbstractCommand {

    @Override
    protected final boolean writesCsv() {
        return true;
    }

    /** Which report. */
    protected abstract ReportKind kind();

    /** The filters given on the command line. */
    protected abstract ReportQuery query();

    /** Reads the typed report. */
    protected abstract Report<R> read(ReportsApi reports, ReportQuery query);

    /** Prints the rows, at least one, as a table. */
    protected abstract void printRows(List<R> rows, PrintWriter out);

    /** What an empty report says, e.g. "No sales from 2025-03-01 to 2025-03-31." */
    protected abstract String nothing();

    /** Whether every page is wanted, for the paged reports. */
    protected boolean allPages() {
        return false;
    }

    /** The command line for the page at {@code cursor}, for the paged reports. */
    protected String nextPage(String cursor, OutputFormat output) {
        throw new IllegalStateException(kind() + " is not paged");
    }

    @Override
    protected int execute() {
        ReportsApi reports = client().reports();
        if (outputFormat() == OutputFormat.CSV) {
            copyCsv(reports);
            return ExitCodes.OK;
        }
        Report<R> report = read(reports, query());
        print(report, out -> {
            if (report.rows().isEmpty()) {
                out.println(nothing());
            } else {
                printRows(report.rows(), out);
            }
            out.println(Freshness.line(report.asOfEvent(), report.asOfTime(), report.lagEvents(), report.lagSeconds()));
            if (report.hasMore()) {
                out.println("More: " + nextPage(report.nextCursor(), OutputFormat.TABLE));
            }
        });
        return ExitCodes.OK;
    }

    /** Standard output gets the CSV only, so it can go straight into a file or a spreadsheet. */
    private void copyCsv(ReportsApi reports) {
        ReportQuery query = query();
        String cursor = null;
        boolean firstPage = true;
        do {
            try (CsvReport csv = reports.csv(kind(), firstPage ? query : query.after(cursor));
                 Reader reader = new InputStreamReader(csv.body(), StandardCharsets.UTF_8)) {
                if (!firstPage) {
                    skipHeader(reader);
                }
                reader.transferTo(out());
                cursor = csv.nextCursor().orElse(null);
            } catch (IOException e) {
                throw new CliException(ExitCodes.UNAVAILABLE, "The CSV from " + server() + " broke off ("
                        + e.getMessage() + "). Retry.");
            }
            firstPage = false;
        } while (allPages() && cursor != null);
        out().flush();
        if (cursor != null) {
            err().println("More: " + nextPage(cursor, OutputFormat.CSV));
        }
    }

    private static void skipHeader(Reader reader) throws IOException {
        int character = reader.read();
        while (character != -1 && character != '\n') {
            character = reader.read();
        }
    }

    /** "from 2025-03-01 to 2025-03-31", or "in the last 30 days" when the server's defaults apply. */
    static String period(DateRangeOptions range) {
        if (range.from == null && range.to == null) {
            return "in the last 30 days";
        }
        return (range.from == null ? "" : "from " + range.from + " ") + (range.to == null ? "to today" : "to " + range.to);
    }
}
