package io.ordo.platform.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes RFC 4180 CSV line by line (CRLF), quoting only the cells that need it. */
public final class CsvWriter {

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
            out.write(quoted(cell == null ? "" : cell.toString()));
        }
        out.write("\r\n");
    }

    public void flush() throws IOException {
        out.flush();
    }

    static String quoted(String cell) {
        boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }
}
