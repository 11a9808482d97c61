package io.ordo.api;

import io.ordo.platform.problem.Problem;
import io.ordo.platform.problem.ProblemException;
import io.ordo.platform.problem.ProblemType;
import io.ordo.platform.web.UnsafeText;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A JSON parser that reads a request body as strictly as RFC 8259 allows and the API needs:
 * a duplicate member name, anything after the document, text that is not UTF-8 and text holding
 * characters no field takes ({@link UnsafeText}) are refused, where a lenient parser would let the
 * last duplicate win, ignore the tail, or put U+FFFD in place of the bad bytes. It knows the path of
 * the value it stands on ({@code lines[0].quantity}), so every refusal names the field, and it hands
 * that path to the value deserializers through {@link #getLocation()}.
 */
final class StrictJsonParser implements JsonParser {

    /** Where the parser stands: the position in the text, and the field's path in the document. */
    record FieldLocation(JsonLocation at, String path) implements JsonLocation {

        @Override
        public long getLineNumber() {
            return at.getLineNumber();
        }

        @Override
        public long getColumnNumber() {
            return at.getColumnNumber();
        }

        @Override
        public long getStreamOffset() {
            return at.getStreamOffset();
        }
    }

    /** An object or array being read: the member names seen so far, or the index of the current element. */
    private static final class Level {
        final boolean array;
        final Set<String> names = new HashSet<>();
        String name;
        int index = -1;

        Level(boolean array) {
            this.array = array;
        }
    }

    private final JsonParser delegate;
    private final JsonProvider builders;
    private final Deque<Level> levels = new ArrayDeque<>();
    private Event current;
    private boolean documentRead;

    StrictJsonParser(JsonParser delegate, JsonProvider builders) {
        this.delegate = delegate;
        this.builders = builders;
    }

    /** A 400 naming the field at which the body was refused. */
    static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.invalid(List.of(new Problem.FieldError(field, message))));
    }

    @Override
    public boolean hasNext() {
        return !documentRead && read(delegate::hasNext);
    }

    @Override
    public Event next() {
        current = read(delegate::next);
        switch (current) {
            case START_OBJECT, START_ARRAY -> {
                nextElement();
                levels.push(new Level(current == Event.START_ARRAY));
            }
            case END_OBJECT, END_ARRAY -> {
                levels.pop();
                documentRead = levels.isEmpty();
            }
            case KEY_NAME -> {
                Level level = levels.peek();
                level.name = delegate.getString();
                checkText(level.name);
                if (!level.names.add(level.name)) {
                    throw invalid(path(), "appears more than once in the same object; send each field once");
                }
            }
            case VALUE_STRING -> {
                nextElement();
                checkText(delegate.getString());
                documentRead = levels.isEmpty();
            }
            default -> {
                nextElement();
                documentRead = levels.isEmpty();
            }
        }
        return current;
    }

    private void nextElement() {
        Level level = levels.peek();
        if (level != null && level.array) {
            level.index++;
        }
    }

    private void checkText(String text) {
        UnsafeText.problemIn(text).ifPresent(problem -> {
            throw invalid(path(), problem);
        });
    }

    /** The path of the current value, e.g. {@code lines[0].quantity}; {@code body} for the document itself. */
    String path() {
        StringBuilder path = new StringBuilder();
        var outermostFirst = levels.descendingIterator();
        while (outermostFirst.hasNext()) {
            Level level = outermostFirst.next();
            if (level.array) {
                path.append('[').append(Math.max(level.index, 0)).append(']');
            } else if (level.name != null) {
                path.append(path.length() == 0 ? "" : ".").append(level.name);
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    /** Reads on, turning text that is not UTF-8 into a refusal of the body rather than a server error. */
    private <T> T read(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (JsonException failure) {
            for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof CharacterCodingException) {
                    throw new ProblemException(ProblemType.MALFORMED_REQUEST,
                            "The body is not valid UTF-8 text; send JSON encoded as UTF-8.");
                }
            }
            throw failure;
        }
    }

    @Override
    public String getString() {
        return delegate.getString();
    }

    @Override
    public boolean isIntegralNumber() {
        return delegate.isIntegralNumber();
    }

    @Override
    public int getInt() {
        return delegate.getInt();
    }

    @Override
    public long getLong() {
        return delegate.getLong();
    }

    @Override
    public BigDecimal getBigDecimal() {
        return delegate.getBigDecimal();
    }

    @Override
    public JsonLocation getLocation() {
        return new FieldLocation(delegate.getLocation(), path());
    }

    @Override
    public Event currentEvent() {
        return current;
    }

    /** Built from this parser's own events, so that nested values are checked like the rest. */
    @Override
    public JsonObject getObject() {
        if (current != Event.START_OBJECT) {
            throw new IllegalStateException("not at the start of an object but at " + current);
        }
        JsonObjectBuilder object = builders.createObjectBuilder();
        while (next() != Event.END_OBJECT) {
            String name = getString();
            next();
            object.add(name, getValue());
        }
        return object.build();
    }

    @Override
    public JsonArray getArray() {
        if (current != Event.START_ARRAY) {
            throw new IllegalStateException("not at the start of an array but at " + current);
        }
        JsonArrayBuilder array = builders.createArrayBuilder();
        while (next() != Event.END_ARRAY) {
            array.add(getValue());
        }
        return array.build();
    }

    @Override
    public JsonValue getValue() {
        return switch (current) {
            case START_OBJECT -> getObject();
            case START_ARRAY -> getArray();
            default -> delegate.getValue();
        };
    }

    @Override
    public void skipObject() {
        skip(Event.START_OBJECT);
    }

    @Override
    public void skipArray() {
        skip(Event.START_ARRAY);
    }

    private void skip(Event start) {
        if (current != start) {
            return;
        }
        int depth = levels.size();
        while (levels.size() >= depth) {
            next();
        }
    }

    /**
     * The document must be all the body holds: a second value or any other text after it is
     * refused, as a lenient reader would silently drop it.
     */
    @Override
    public void close() {
        try {
            if (documentRead && read(delegate::hasNext)) {
                throw trailing();
            }
        } catch (JsonParsingException garbage) {
            throw trailing();
        } finally {
            delegate.close();
        }
    }

    private static ProblemException trailing() {
        return new ProblemException(ProblemType.MALFORMED_REQUEST,
                "The body holds more than one JSON document; send exactly one, with nothing after it.");
    }
}
