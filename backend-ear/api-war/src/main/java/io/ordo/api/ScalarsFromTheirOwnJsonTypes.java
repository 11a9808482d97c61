package io.ordo.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Text, numbers and booleans bound only from JSON strings, numbers and booleans, and whole numbers only when
 * they are exactly whole and in range: JSON-B would otherwise truncate {@code 1.9} to 1, wrap
 * {@code 4294967297} to 1 and read the string {@code "1"} as 1, so that an order would differ
 * from what was sent, and turn a number or a boolean into text (a client id of
 * {@code 99999999999999999999999}). The refusal names the field ({@link StrictJsonParser.FieldLocation}).
 */
final class ScalarsFromTheirOwnJsonTypes {

    private ScalarsFromTheirOwnJsonTypes() {
    }

    static final class Strings implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value instanceof JsonString text) {
                return text.getString();
            }
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            throw StrictJsonParser.invalid(field(parser), "must be a string, not " + kind(value));
        }
    }

    static final class Integers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal whole = wholeNumber(parser, Integer.MIN_VALUE, Integer.MAX_VALUE);
            return whole == null ? null : whole.intValueExact();
        }
    }

    static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal whole = wholeNumber(parser, Long.MIN_VALUE, Long.MAX_VALUE);
            return whole == null ? null : whole.longValueExact();
        }
    }

    static final class Booleans implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            return switch (value.getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NULL -> null;
                default -> throw StrictJsonParser.invalid(field(parser), "must be true or false, not " + kind(value));
            };
        }
    }

    /** The number at the parser, if it is whole and from {@code min} to {@code max}; null for JSON null. */
    private static BigDecimal wholeNumber(JsonParser parser, long min, long max) {
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String range = "must be a whole number from " + min + " to " + max;
        if (!(value instanceof JsonNumber number)) {
            throw StrictJsonParser.invalid(field(parser), range + ", not " + kind(value));
        }
        BigDecimal exact;
        try {
            exact = number.bigDecimalValue();
        } catch (RuntimeException beyondWhatTheParserReads) {
            throw StrictJsonParser.invalid(field(parser), range);
        }
        // Compared before anything else, so that 1e999999999 is never expanded into its digits.
        if (exact.compareTo(BigDecimal.valueOf(min)) < 0 || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw StrictJsonParser.invalid(field(parser), range);
        }
        if (exact.stripTrailingZeros().scale() > 0) {
            throw StrictJsonParser.invalid(field(parser), range + ", without a fraction");
        }
        return exact;
    }

    private static String field(JsonParser parser) {
        return parser.getLocation() instanceof StrictJsonParser.FieldLocation location ? location.path() : "body";
    }

    private static String kind(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
        };
    }
}
