package io.ordo.console.reports;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A report as CSV (RFC 4180: comma-separated, CRLF line ends, quotes doubled) that is safe to open
 * in a spreadsheet: a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return is prefixed with {@code '}, so text from orders is never run as a formula.
 */
final class CsvExport {

    private CsvExport() {
    }

    static String of(List<String> headings, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(line(headings));
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(CsvExport::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quoted = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quoted ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
