package io.ordo.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * A request's JSON object, read field by field with the type each field must have. A field that is
 * absent or null counts as not given; a field of the wrong type, or one not expected, is a 400.
 */
final class JsonBody {

    private final ObjectNode object;

    private JsonBody(ObjectNode object) {
        this.object = object;
    }

    static JsonBody required(Request request) {
        return new JsonBody(asObject(Json.read(request.body())));
    }

    /** An empty body reads as {@code {}}. */
    static JsonBody optional(Request request) {
        byte[] body = request.body();
        return body.length == 0 ? new JsonBody(JsonNodeFactory.instance.objectNode()) : required(request);
    }

    JsonBody allowOnly(Set<String> fields) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw invalid("unknown field \"" + name + "\"; expected only " + fields);
            }
        }
        return this;
    }

    String requiredString(String field) {
        return optionalString(field).orElseThrow(() -> invalid("\"" + field + "\" is required"));
    }

    Optional<String> optionalString(String field) {
        return given(field).map(node -> {
            if (!node.isTextual()) {
                throw invalid("\"" + field + "\" must be a JSON string");
            }
            return node.textValue();
        });
    }

    Optional<Boolean> optionalBoolean(String field) {
        return given(field).map(node -> {
            if (!node.isBoolean()) {
                throw invalid("\"" + field + "\" must be true or false");
            }
            return node.booleanValue();
        });
    }

    Optional<Long> optionalLong(String field) {
        return given(field).map(node -> {
            if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                throw invalid("\"" + field + "\" must be a whole number");
            }
            return node.longValue();
        });
    }

    Optional<Double> optionalNumber(String field) {
        return given(field).map(node -> {
            if (!node.isNumber()) {
                throw invalid("\"" + field + "\" must be a number");
            }
            return node.doubleValue();
        });
    }

    private Optional<JsonNode> given(String field) {
        return Optional.ofNullable(object.get(field)).filter(node -> !node.isNull());
    }

    private static ObjectNode asObject(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            throw invalid("the request body must be a JSON object");
        }
        return object;
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(ProblemType.INVALID_REQUEST, detail);
    }
}
