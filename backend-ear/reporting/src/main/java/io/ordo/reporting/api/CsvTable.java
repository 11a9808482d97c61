package io.ordo.reporting.api;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes report rows as RFC 4180 CSV: a header with the row's field names (the same names as
 * in JSON), then one line per row; empty cells for absent values.
 */
final class CsvTable {

    private CsvTable() {
    }

    static <R extends Record> String of(Class<R> rowType, List<R> rows) {
        RecordComponent[] columns = rowType.getRecordComponents();
        StringBuilder csv = new StringBuilder();
        line(csv, Arrays.stream(columns).map(RecordComponent::getName).toList());
        for (R row : rows) {
            line(csv, Arrays.stream(columns).map(column -> cell(column, row)).toList());
        }
        return csv.toString();
    }

    private static String cell(RecordComponent column, Record row) {
        try {
            Object value = column.getAccessor().invoke(row);
            return value == null ? "" : value.toString();
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + column.getName() + " of a report row", e);
        }
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(CsvTable::quoted).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String quoted(String cell) {
        boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }
}
