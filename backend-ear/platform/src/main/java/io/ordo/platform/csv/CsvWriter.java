package io.ordo.platform.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes RFC 4180 CSV line by line (CRLF), quoting only the cells that need it.
 *
 * <p>Every CSV Ordo writes is opened in spreadsheets, and a spreadsheet runs a cell that starts
 * with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or CR before one) as a formula:
 * a customer named {@code =HYPERLINK(...)} would run in the admin's spreadsheet. Such a cell is
 * written with a single quote in front (OWASP's advice for CSV injection), which spreadsheets
 * show as text. A cell that is only a decimal number, such as a negative amount {@code -12.50},
 * is left as it is: it cannot be a formula, and it must stay a number to be summed.
 */
public final class CsvWriter {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** One record; null cells are written empty. */
    public void line(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object cell = cells.get(i);
            out.write(quoted(neutralised(cell == null ? "" : cell.toString())));
        }
        out.write("\r\n");
    }

    public void flush() throws IOException {
        out.flush();
    }

    static String neutralised(String cell) {
        boolean formula = !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0;
        return formula && !PLAIN_NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    static String quoted(String cell) {
        boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }
}
