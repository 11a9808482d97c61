package io.ordo.platform.events;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;

/** One JSON-B instance for events: creating Jsonb is expensive, using it is thread-safe. */
final class Json {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private Json() {
    }

    static String toJson(Object value) {
        return JSONB.toJson(value);
    }

    static <T> T fromJson(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }

    static JsonObject toJsonObject(Object value) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(JSONB.toJson(value)))) {
            return reader.readObject();
        }
    }
}
