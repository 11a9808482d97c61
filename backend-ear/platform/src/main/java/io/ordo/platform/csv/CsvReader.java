package io.ordo.platform.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads RFC 4180 CSV one record at a time: fields separated by commas, optionally quoted with
 * {@code "} (a quote inside doubled), records ended by CRLF or LF. Each record knows the line it
 * starts on, counting from 1, so a bad record can be named the way a person sees the file.
 */
public final class CsvReader {

    /** One record: its fields and the line of the file it starts on. */
    public record Record(int line, List<String> fields) {
    }

    /** The text is not CSV; {@link #line()} is where reading stopped. */
    public static final class MalformedCsvException extends Exception {
        private final int line;

        MalformedCsvException(int line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private final Reader in;
    private final int maxFieldLength;
    private int line = 1;
    private int pushedBack = -2;

    /** @param maxFieldLength longer fields are refused as malformed rather than read into memory */
    public CsvReader(Reader in, int maxFieldLength) {
        this.in = in;
        this.maxFieldLength = maxFieldLength;
    }

    /** The next record, or empty at the end of the text. Blank lines are skipped. */
    public Optional<Record> next() throws IOException, MalformedCsvException {
        while (true) {
            int c = read();
            if (c == -1) {
                return Optional.empty();
            }
            if (c == '\n') {
                line++;
                continue;
            }
            if (c == '\r') {
                continue;
            }
            unread(c);
            return Optional.of(record());
        }
    }

    private Record record() throws IOException, MalformedCsvException {
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        while (true) {
            int c = read();
            if (quoted) {
                if (c == -1) {
                    throw new MalformedCsvException(start, "a quoted field is not closed before the end of the file");
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        append(field, '"', start);
                    } else {
                        quoted = false;
                        if (after != ',' && after != '\n' && after != '\r' && after != -1) {
                            throw new MalformedCsvException(line, "a closing quote must end its field");
                        }
                        unread(after);
                    }
                    continue;
                }
                if (c == '\n') {
                    line++;
                }
                append(field, (char) c, start);
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (fieldStarted) {
                        throw new MalformedCsvException(line, "a quote may only start a field (double it inside quotes)");
                    }
                    quoted = true;
                    fieldStarted = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                }
                case '\r' -> {
                    // part of CRLF, or stray: either way not data
                }
                case '\n', -1 -> {
                    fields.add(field.toString());
                    if (c == '\n') {
                        line++;
                    }
                    return new Record(start, List.copyOf(fields));
                }
                default -> {
                    append(field, (char) c, start);
                    fieldStarted = true;
                }
            }
        }
    }

    private void append(StringBuilder field, char c, int start) throws MalformedCsvException {
        if (field.length() >= maxFieldLength) {
            throw new MalformedCsvException(start, "a field is longer than " + maxFieldLength + " characters");
        }
        field.append(c);
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
