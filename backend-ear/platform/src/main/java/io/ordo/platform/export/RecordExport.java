package io.ordo.platform.export;

import io.ordo.platform.csv.CsvWriter;
import io.ordo.platform.paging.Page;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Streams every row of a table as CSV (a header with the record's field names, then one line per
 * row) or as a JSON array of objects with the same names, reading it page by page after a keyset
 * cursor: memory stays flat whatever the table's size.
 *
 * @param <R> the row type, a record whose components are the columns
 */
public final class RecordExport<R extends Record> {

    /** Reads the page of at most {@code limit} rows after {@code cursor} (null: from the start). */
    @FunctionalInterface
    public interface PageReader<R> {
        Page<R> read(String cursor, int limit);
    }

    public static final int PAGE = 500;
    private static final Jsonb JSONB = JsonbBuilder.create();

    private final Class<R> type;
    private final PageReader<R> pages;

    public RecordExport(Class<R> type, PageReader<R> pages) {
        this.type = type;
        this.pages = pages;
    }

    /** The 200 answer: the body is written as the client reads it; {@code name} names the file. */
    public Response response(ExportFormat format, String name) {
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
            write(format, writer);
            writer.flush();
        };
        return Response.ok(body, format.mediaType() + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension() + "\"")
                .build();
    }

    void write(ExportFormat format, Writer writer) throws IOException {
        RecordComponent[] columns = type.getRecordComponents();
        CsvWriter csv = new CsvWriter(writer);
        if (format == ExportFormat.CSV) {
            csv.line(Arrays.stream(columns).map(RecordComponent::getName).toList());
        } else {
            writer.write('[');
        }
        boolean first = true;
        String cursor = null;
        while (true) {
            Page<R> page = pages.read(cursor, PAGE);
            for (R row : page.items()) {
                if (format == ExportFormat.CSV) {
                    csv.line(cells(columns, row));
                } else {
                    writer.write(first ? "\n" : ",\n");
                    writer.write(JSONB.toJson(row));
                }
                first = false;
            }
            writer.flush();
            if (page.nextCursor() == null) {
                break;
            }
            cursor = page.nextCursor();
        }
        if (format == ExportFormat.JSON) {
            writer.write(first ? "]\n" : "\n]\n");
        }
    }

    private static List<Object> cells(RecordComponent[] columns, Record row) {
        List<Object> cells = new ArrayList<>(columns.length);
        for (RecordComponent column : columns) {
            try {
                cells.add(column.getAccessor().invoke(row));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new UncheckedIOException(new IOException("cannot read " + column.getName() + " of an export row", e));
            }
        }
        return cells;
    }
}
