package io.ordo.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Columns of text aligned under a header, at most {@value #WIDTH} characters wide. When the rows
 * are wider, the flexible columns give up width, widest first: names are cut short with "...",
 * free text such as reasons wraps onto more lines. Ids and amounts are never touched.
 */
public final class TextTable {

    public static final int WIDTH = 80;
    private static final String GAP = "  ";
    private static final String CUT = "...";
    private static final int NARROWEST_FLEXIBLE = 8;

    private final List<Column> columns;
    private final List<String[]> rows = new ArrayList<>();

    private TextTable(List<Column> columns) {
        this.columns = columns;
    }

    public static TextTable of(Column... columns) {
        return new TextTable(List.of(columns));
    }

    /** Adds a row; null cells print as nothing. */
    public TextTable row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.length);
        }
        rows.add(Arrays.stream(cells).map(Formats::text).toArray(String[]::new));
        return this;
    }

    /** Prints the table for people, or its rows as CSV when {@code out} is a {@link CsvOutput}. */
    public void printTo(PrintWriter out) {
        if (out instanceof CsvOutput csv) {
            csv.write(columns.stream().map(Column::header).toList(), rows);
            return;
        }
        int[] widths = fittedWidths();
        printRow(out, columns.stream().map(Column::header).toArray(String[]::new), widths);
        rows.forEach(row -> printRow(out, row, widths));
    }

    private int[] fittedWidths() {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).header().length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        int excess = Arrays.stream(widths).sum() + GAP.length() * (widths.length - 1) - WIDTH;
        for (; excess > 0; excess--) {
            int widest = widestShrinkable(widths);
            if (widest < 0) {
                break;
            }
            widths[widest]--;
        }
        return widths;
    }

    private int widestShrinkable(int[] widths) {
        int widest = -1;
        for (int i = 0; i < widths.length; i++) {
            Column column = columns.get(i);
            boolean shrinkable = column.fit() != Fit.KEEP
                    && widths[i] > Math.max(NARROWEST_FLEXIBLE, column.header().length());
            if (shrinkable && (widest < 0 || widths[i] > widths[widest])) {
                widest = i;
            }
        }
        return widest;
    }

    private void printRow(PrintWriter out, String[] cells, int[] widths) {
        List<List<String>> linesPerCell = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            linesPerCell.add(fit(cells[i], widths[i], columns.get(i).fit()));
        }
        int height = linesPerCell.stream().mapToInt(List::size).max().orElse(1);
        for (int lineIndex = 0; lineIndex < height; lineIndex++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                List<String> cellLines = linesPerCell.get(i);
                String text = lineIndex < cellLines.size() ? cellLines.get(lineIndex) : "";
                String padding = " ".repeat(widths[i] - text.length());
                line.append(i > 0 ? GAP : "").append(columns.get(i).rightAligned() ? padding + text : text + padding);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static List<String> fit(String cell, int width, Fit fit) {
        if (cell.length() <= width) {
            return List.of(cell);
        }
        return fit == Fit.WRAP ? Formats.wrap(cell, width) : List.of(cell.substring(0, width - CUT.length()) + CUT);
    }

    /** What a column does when the table is too wide. */
    public enum Fit {
        /** Never narrower than its widest cell: ids, states, amounts. */
        KEEP,
        /** Cut short with "...": names in one-line-per-item lists. */
        TRUNCATE,
        /** Continued on the next lines: free text that must be read whole. */
        WRAP
    }

    /** A column: its header, whether numbers align right, and how it fits a narrow table. */
    public record Column(String header, boolean rightAligned, Fit fit) {

        public static Column left(String header) {
            return new Column(header, false, Fit.KEEP);
        }

        /** For amounts and counts, so digits line up. */
        public static Column right(String header) {
            return new Column(header, true, Fit.KEEP);
        }

        /** For names that may be cut short to keep one line per item. */
        public static Column truncated(String header) {
            return new Column(header, false, Fit.TRUNCATE);
        }

        /** For free text that wraps rather than lose words. */
        public static Column wrapped(String header) {
            return new Column(header, false, Fit.WRAP);
        }
    }
}
