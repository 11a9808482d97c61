package io.ordo.api;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * A text field takes a JSON string and nothing else: JSON-B would otherwise turn a number or a
 * boolean into its text (a client id of {@code 99999999999999999999999}), hiding a client's
 * mistake behind a value nobody meant.
 */
class StringsFromStringsOnly implements JsonbDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = parser.getValue();
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        throw new JsonbException("expected a JSON string, found " + value.getValueType());
    }
}
