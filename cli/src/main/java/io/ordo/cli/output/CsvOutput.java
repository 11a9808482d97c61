package io.ordo.cli.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a command's {@link TextTable} goes for {@code --output csv}: its rows as CSV on standard
 * output (RFC 4180, header first), and every other line the command prints for people (paging
 * hints, "No orders.") on standard error, so that standard output is the data alone.
 *
 * <p>A cell that a spreadsheet would run as a formula (starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) is prefixed with {@code '}: the values come
 * from the server, and through it from storefronts and their customers.
 */
public final class CsvOutput extends PrintWriter {

    private final PrintWriter data;

    public CsvOutput(PrintWriter data, PrintWriter notes) {
        super(notes);
        this.data = data;
    }

    void write(List<String> header, List<String[]> rows) {
        data.println(line(header.stream()));
        rows.forEach(row -> data.println(line(Stream.of(row))));
        data.flush();
    }

    private static String line(Stream<String> cells) {
        return cells.map(CsvOutput::cell).collect(Collectors.joining(","));
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quoted = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quoted ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
