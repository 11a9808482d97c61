package io.ordo.platform.deadletter;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import java.util.UUID;

/**
 * What a parked message says about itself: the event id, type and aggregate id of an envelope,
 * or as much of them as a message that is not quite one offers. Read leniently, since the
 * message may be the very thing that failed to parse.
 */
public record EnvelopeParts(UUID eventId, String eventType, String aggregateId) {

    static final int MAX_TEXT = 100;
    private static final EnvelopeParts NOTHING = new EnvelopeParts(null, null, null);
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    public static EnvelopeParts readFrom(String message) {
        try (JsonReader reader = READERS.createReader(new StringReader(message))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject envelope)) {
                return NOTHING;
            }
            return new EnvelopeParts(uuidOrNull(text(envelope, "id")), text(envelope, "type"), text(envelope, "aggregateId"));
        } catch (JsonException | IllegalStateException notJson) {
            return NOTHING;
        }
    }

    private static String text(JsonObject envelope, String name) {
        if (envelope.get(name) instanceof JsonString value) {
            String text = value.getString();
            return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
        }
        return null;
    }

    private static UUID uuidOrNull(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }
}
