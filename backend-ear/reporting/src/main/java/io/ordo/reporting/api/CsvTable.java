package io.ordo.reporting.api;

import io.ordo.platform.csv.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * Writes report rows as CSV with the platform's {@link CsvWriter} (RFC 4180, formulas
 * neutralised): a header with the row's field names (the same names as in JSON), then one line
 * per row; empty cells for absent values.
 */
final class CsvTable {

    private CsvTable() {
    }

    static <R extends Record> String of(Class<R> rowType, List<R> rows) {
        RecordComponent[] columns = rowType.getRecordComponents();
        StringWriter text = new StringWriter();
        CsvWriter csv = new CsvWriter(text);
        try {
            csv.line(Arrays.stream(columns).map(RecordComponent::getName).toList());
            for (R row : rows) {
                csv.line(Arrays.stream(columns).map(column -> cell(column, row)).toList());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException("a StringWriter does not fail", impossible);
        }
        return text.toString();
    }

    private static Object cell(RecordComponent column, Record row) {
        try {
            return column.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + column.getName() + " of a report row", e);
        }
    }
}
