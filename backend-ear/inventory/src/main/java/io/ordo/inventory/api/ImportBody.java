package io.ordo.inventory.api;

import io.ordo.inventory.application.ImportRow;
import io.ordo.platform.csv.CsvReader;
import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The body of a bulk import read row by row as it arrives: CSV with a header line ({@code text/csv})
 * or a JSON array of flat objects ({@code application/json}), UTF-8, at most
 * {@value #MAX_BYTES_PROPERTY} bytes (enforced by the REST layer's body limit) and {@link #MAX_ROWS} rows. What cannot be read as rows at all (not UTF-8, an unclosed quote, broken
 * JSON, too large) is refused as a whole with the line where reading stopped; a row whose values are
 * merely wrong is the import's to report.
 */
final class ImportBody implements Iterable<ImportRow> {

    static final String MAX_BYTES_PROPERTY = "ordo.inventory.import-max-bytes";
    static final int MAX_ROWS = 100_000;
    static final int MAX_FIELD = 10_000;

    private final Iterator<ImportRow> rows;
    private boolean taken;

    private ImportBody(Iterator<ImportRow> rows) {
        this.rows = rows;
    }

    /**
     * @param columns the columns a row may have: an unknown column in a CSV header is refused at once
     * @throws ProblemException 415 for another media type
     */
    private static ImportBody of(MediaType type, InputStream body, Set<String> columns) {
        if (type != null && type.getType().equals("text") && type.getSubtype().equals("csv")) {
            return new ImportBody(new CsvRows(reader(body), columns));
        }
        if (type != null && MediaType.APPLICATION_JSON_TYPE.isCompatible(type) && !type.isWildcardSubtype()) {
            return new ImportBody(new JsonRows(reader(body)));
        }
        throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Send the rows as text/csv (with a header line) or application/json (an array of objects).");
    }

    /**
     * Runs {@code importing} over the rows of {@code body}. When the import is refused, what is
     * left of the body (up to {@code maxBytes}) is read and dropped first, so the client that is
     * still sending it hears the refusal instead of a connection reset.
     */
    static <T> T imported(MediaType type, InputStream body, Set<String> columns, long maxBytes,
                          Function<ImportBody, T> importing) {
        try {
            return importing.apply(of(type, body, columns));
        } catch (ProblemException refused) {
            discardRest(body, maxBytes);
            throw refused;
        }
    }

    private static void discardRest(InputStream body, long max) {
        byte[] buffer = new byte[64 * 1024];
        long left = max;
        try {
            int n;
            while (left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException ignored) {
            // the client went away: nobody is left to answer
        }
    }

    @Override
    public Iterator<ImportRow> iterator() {
        if (taken) {
            throw new IllegalStateException("an import body is read once");
        }
        taken = true;
        return new Counted(rows);
    }

    private static Reader reader(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static ProblemException malformed(int line, String detail) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, "Line " + line + ": " + detail + ". Nothing was imported.");
    }

    private static ProblemException unreadable(IOException e, int line) {
        if (e instanceof CharacterCodingException) {
            return malformed(line, "the text is not UTF-8");
        }
        throw new UncheckedIOException(e);
    }

    /** Refuses more rows than {@link #MAX_ROWS}. */
    private record Counted(Iterator<ImportRow> rows, int[] count) implements Iterator<ImportRow> {
        Counted(Iterator<ImportRow> rows) {
            this(rows, new int[1]);
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public ImportRow next() {
            if (++count[0] > MAX_ROWS) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The file has more than " + MAX_ROWS
                        + " rows: split it into several imports. Nothing was imported.");
            }
            return rows.next();
        }
    }

    private static final class CsvRows implements Iterator<ImportRow> {
        private final CsvReader csv;
        private final List<String> header;
        private ImportRow next;

        CsvRows(Reader in, Set<String> columns) {
            this.csv = new CsvReader(in, MAX_FIELD);
            Optional<CsvReader.Record> first = read();
            if (first.isEmpty()) {
                throw malformed(1, "the file is empty; the first line must name the columns, e.g. "
                        + String.join(",", columns.stream().sorted().toList()));
            }
            List<String> names = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String cell : first.get().fields()) {
                String name = cell.replace("\uFEFF", "").strip();
                if (!columns.contains(name)) {
                    throw malformed(first.get().line(), "the header names an unknown column \"" + shorten(name)
                            + "\"; the columns are " + String.join(", ", columns.stream().sorted().toList()));
                }
                if (!seen.add(name)) {
                    throw malformed(first.get().line(), "the header names the column " + name + " twice");
                }
                names.add(name);
            }
            this.header = List.copyOf(names);
        }

        private Optional<CsvReader.Record> read() {
            try {
                return csv.next();
            } catch (CsvReader.MalformedCsvException e) {
                throw malformed(e.line(), e.getMessage().replaceFirst("^line \\d+: ", ""));
            } catch (IOException e) {
                throw unreadable(e, 0);
            }
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = read().map(this::row).orElse(null);
            }
            return next != null;
        }

        @Override
        public ImportRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ImportRow row = next;
            next = null;
            return row;
        }

        private ImportRow row(CsvReader.Record record) {
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, String> unreadable = new LinkedHashMap<>();
            List<String> fields = record.fields();
            for (int i = 0; i < Math.min(fields.size(), header.size()); i++) {
                values.put(header.get(i), fields.get(i));
            }
            if (fields.size() != header.size()) {
                unreadable.put("row", "has " + fields.size() + " fields where the header names " + header.size());
            }
            return new ImportRow(record.line(), values, unreadable);
        }
    }

    private static final class JsonRows implements Iterator<ImportRow> {
        private final JsonParser json;
        private ImportRow next;
        private boolean ended;

        JsonRows(Reader in) {
            this.json = Json.createParser(in);
            JsonParser.Event first = event();
            if (first != JsonParser.Event.START_ARRAY) {
                throw malformed(line(), "the body must be a JSON array of rows, e.g. [{\"sku\": \"KB-001\", ...}]");
            }
        }

        private int line() {
            return (int) Math.max(json.getLocation().getLineNumber(), 1);
        }

        private JsonParser.Event event() {
            try {
                if (!json.hasNext()) {
                    throw malformed(line(), "the JSON ends too early");
                }
                return json.next();
            } catch (JsonParsingException e) {
                throw malformed((int) Math.max(e.getLocation().getLineNumber(), 1), "this is not JSON ("
                        + e.getMessage() + ")");
            } catch (jakarta.json.JsonException e) {
                if (e.getCause() instanceof IOException io) {
                    throw unreadable(io, line());
                }
                throw malformed(line(), "this is not JSON (" + e.getMessage() + ")");
            }
        }

        @Override
        public boolean hasNext() {
            if (next == null && !ended) {
                JsonParser.Event event = event();
                if (event == JsonParser.Event.END_ARRAY) {
                    ended = true;
                } else if (event == JsonParser.Event.START_OBJECT) {
                    next = row(line());
                } else {
                    throw malformed(line(), "each row must be a JSON object");
                }
            }
            return next != null;
        }

        @Override
        public ImportRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ImportRow row = next;
            next = null;
            return row;
        }

        private ImportRow row(int line) {
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, String> unreadable = new LinkedHashMap<>();
            while (true) {
                JsonParser.Event event = event();
                if (event == JsonParser.Event.END_OBJECT) {
                    return new ImportRow(line, values, unreadable);
                }
                String key = json.getString();
                JsonParser.Event value = event();
                String text = switch (value) {
                    case VALUE_STRING, VALUE_NUMBER -> json.getString();
                    case VALUE_TRUE -> "true";
                    case VALUE_FALSE -> "false";
                    case VALUE_NULL -> null;
                    case START_OBJECT, START_ARRAY -> {
                        skip(value);
                        unreadable.put(key, "must be a single value, not a JSON " + (value == JsonParser.Event.START_OBJECT ? "object" : "array"));
                        yield null;
                    }
                    default -> throw malformed(line(), "unexpected " + value);
                };
                if (values.containsKey(key) || unreadable.containsKey(key) && text != null) {
                    unreadable.put(key, "is given twice in the row");
                }
                if (text != null) {
                    if (text.length() > MAX_FIELD) {
                        unreadable.put(key, "is longer than " + MAX_FIELD + " characters");
                    } else {
                        values.put(key, text);
                    }
                }
            }
        }

        private void skip(JsonParser.Event start) {
            int depth = 1;
            while (depth > 0) {
                JsonParser.Event event = event();
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    depth++;
                } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    depth--;
                }
            }
        }
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
