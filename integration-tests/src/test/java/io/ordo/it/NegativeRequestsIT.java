package io.ordo.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Requests generated from the served OpenAPI document that break it, for every operation: a
 * required parameter, header or body left out, a parameter or body field of the wrong type, below
 * its minimum or above its maximum, longer than its maximum length, off its pattern or its date
 * format, a value outside its enumeration. Each is sent with a token of a role the operation
 * allows, and each must be refused with a 4xx that the document declares for the operation —
 * problem+json, or the OAuth error of the token endpoint — never a 5xx and never a success; and
 * none of it may change anything.
 */
class NegativeRequestsIT extends PackagedServer {

    private static final String TOO_LONG_FILLER = "x";

    /** One request that breaks the document, and what it breaks. */
    private record Violation(String what, Map<String, String> query, Map<String, String> headers, Map<String, String> path,
                             String contentType, String body) {
    }

    private record Operation(String method, String path, JsonNode definition) {
    }

    @Test
    void every_operation_refuses_every_request_that_breaks_its_document_with_a_declared_4xx() throws Exception {
        JsonNode document = Http.JSON.readTree(Contract.servedDocument());
        Map<String, String> tokens = Map.of("storefront", Http.storefrontToken(), "staff", Http.staffToken(),
                "admin", Http.adminToken());
        List<Operation> operations = operations(document);
        Map<String, Long> before = GuardedTables.counts();

        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Operation operation : operations) {
            for (Violation violation : violations(document, operation)) {
                sent++;
                String verdict;
                try {
                    Http.Reply reply = Http.sendMalformed(request(operation, violation, token(operation, tokens)));
                    verdict = judge(reply);
                } catch (AssertionError undocumented) {
                    verdict = undocumented.getMessage();
                }
                if (verdict != null) {
                    failures.add(operation.method() + " " + operation.path() + " with " + violation.what() + ": " + verdict);
                }
            }
        }

        assertThat(sent).as("requests generated from the document").isGreaterThan(150);
        assertThat(failures).as("requests breaking the document that were not refused with a declared 4xx").isEmpty();
        assertThat(GuardedTables.counts()).as("rows in tables that only accepted requests change").isEqualTo(before);
    }

    /** Null when the refusal is right; otherwise what is wrong with it. */
    private static String judge(Http.Reply reply) {
        if (reply.status() < 400 || reply.status() >= 500) {
            return "answered " + reply;
        }
        String type = reply.contentType();
        if (!type.startsWith("application/problem+json") && !type.startsWith("application/json")) {
            return "answered " + reply.status() + " as " + type;
        }
        return null;
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry ->
                operations.add(new Operation(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), entry.getValue()))));
        assertThat(operations).as("operations in the document").hasSizeGreaterThan(40);
        return operations;
    }

    private static List<Violation> violations(JsonNode document, Operation operation) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.definition().path("parameters").forEach(parameters::add);
        Map<String, String> validPath = new LinkedHashMap<>();
        Map<String, String> requiredHeaders = new LinkedHashMap<>();
        for (JsonNode parameter : parameters) {
            String in = parameter.path("in").asText();
            JsonNode schema = resolve(document, parameter.path("schema"));
            if (in.equals("path")) {
                validPath.put(parameter.path("name").asText(), plausible(schema));
            } else if (in.equals("header") && parameter.path("required").asBoolean()) {
                requiredHeaders.put(parameter.path("name").asText(), plausible(schema));
            }
        }
        JsonNode body = operation.definition().path("requestBody");
        String contentType = body.path("content").fieldNames().hasNext() ? body.path("content").fieldNames().next() : null;
        JsonNode bodySchema = contentType == null ? null : resolve(document, body.path("content").path(contentType).path("schema"));
        String validBody = contentType == null ? null : contentType.equals("application/json") ? "{}" : "";

        List<Violation> violations = new ArrayList<>();
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            JsonNode schema = resolve(document, parameter.path("schema"));
            for (Map.Entry<String, String> bad : badValues(schema).entrySet()) {
                Map<String, String> query = new LinkedHashMap<>();
                Map<String, String> headers = new LinkedHashMap<>(requiredHeaders);
                Map<String, String> path = new LinkedHashMap<>(validPath);
                switch (in) {
                    case "query" -> query.put(name, bad.getValue());
                    case "header" -> headers.put(name, bad.getValue());
                    case "path" -> path.put(name, bad.getValue());
                    default -> {
                        continue;
                    }
                }
                violations.add(new Violation(in + " " + name + " " + bad.getKey(), query, headers, path, contentType, validBody));
            }
            if (parameter.path("required").asBoolean() && in.equals("header")) {
                Map<String, String> headers = new LinkedHashMap<>(requiredHeaders);
                headers.remove(name);
                violations.add(new Violation("header " + name + " missing", Map.of(), headers, validPath, contentType, validBody));
            }
        }
        if (contentType != null) {
            if (body.path("required").asBoolean()) {
                violations.add(new Violation("no body", Map.of(), requiredHeaders, validPath, contentType, ""));
            }
            if (contentType.equals("application/json")) {
                violations.addAll(jsonBodyViolations(document, bodySchema, requiredHeaders, validPath));
            } else if (contentType.equals("application/x-www-form-urlencoded")) {
                violations.addAll(formViolations(bodySchema, requiredHeaders, validPath));
            }
        }
        return violations;
    }

    private static List<Violation> jsonBodyViolations(JsonNode document, JsonNode schema, Map<String, String> headers,
                                                      Map<String, String> path) {
        List<Violation> violations = new ArrayList<>();
        String type = schema.path("type").asText("");
        if (type.equals("object")) {
            violations.add(json("a JSON array instead of an object", "[]", headers, path));
        }
        if (type.equals("array")) {
            violations.add(json("a JSON object instead of an array", "{}", headers, path));
        }
        schema.path("properties").fields().forEachRemaining(property -> {
            JsonNode propertySchema = resolve(document, property.getValue());
            for (Map.Entry<String, JsonNode> bad : breaking(document, propertySchema, 2).entrySet()) {
                ObjectNode body = Http.JSON.createObjectNode();
                body.set(property.getKey(), bad.getValue());
                violations.add(json("field " + property.getKey() + bad.getKey(), body.toString(), headers, path));
            }
        });
        return violations;
    }

    /**
     * Values that break a field's schema, by what is wrong with them: the field itself, or, for an
     * object or an array of objects, one of the fields inside it ({@code lines[0].quantity}).
     */
    private static Map<String, JsonNode> breaking(JsonNode document, JsonNode schema, int depth) {
        Map<String, JsonNode> bad = new LinkedHashMap<>();
        badJsonValues(schema).forEach((what, value) -> bad.put(" " + what, Http.JSON.valueToTree(value)));
        if (depth == 0) {
            return bad;
        }
        boolean array = schema.path("type").asText("").equals("array");
        JsonNode object = array ? resolve(document, schema.path("items")) : schema;
        object.path("properties").fields().forEachRemaining(property ->
                breaking(document, resolve(document, property.getValue()), depth - 1).forEach((what, value) -> {
                    ObjectNode inner = Http.JSON.createObjectNode();
                    inner.set(property.getKey(), value);
                    bad.put((array ? "[0]." : ".") + property.getKey() + what, array ? Http.JSON.createArrayNode().add(inner) : inner);
                }));
        return bad;
    }

    private static Violation json(String what, String body, Map<String, String> headers, Map<String, String> path) {
        return new Violation(what, Map.of(), headers, path, "application/json", body);
    }

    private static List<Violation> formViolations(JsonNode schema, Map<String, String> headers, Map<String, String> path) {
        List<Violation> violations = new ArrayList<>();
        String contentType = "application/x-www-form-urlencoded";
        violations.add(new Violation("a form without its required fields", Map.of(), headers, path, contentType, "unrelated=1"));
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        schema.path("properties").fields().forEachRemaining(property -> {
            String field = property.getKey();
            // the other required fields with a value their schema takes, so that only this one is wrong
            String others = required.stream().filter(name -> !name.equals(field))
                    .map(name -> name + "=" + URLEncoder.encode(plausible(schema.path("properties").path(name)), StandardCharsets.UTF_8))
                    .reduce("", (form, pair) -> form + pair + "&");
            for (Map.Entry<String, String> bad : badValues(property.getValue()).entrySet()) {
                violations.add(new Violation("form field " + field + " " + bad.getKey(), Map.of(), headers, path,
                        contentType, others + field + "=" + URLEncoder.encode(bad.getValue(), StandardCharsets.UTF_8)));
            }
            String value = URLEncoder.encode(plausible(property.getValue()), StandardCharsets.UTF_8);
            violations.add(new Violation("form field " + field + " sent twice", Map.of(), headers, path, contentType,
                    others + field + "=" + value + "&" + field + "=" + value));
        });
        return violations;
    }

    /** Values a parameter's schema refuses, by what is wrong with them. */
    private static Map<String, String> badValues(JsonNode schema) {
        Map<String, String> bad = new LinkedHashMap<>();
        String type = schema.path("type").asText("");
        switch (type) {
            case "integer" -> {
                bad.put("not a number", "twelve");
                bad.put("a fraction", "1.5");
                if (schema.has("minimum")) {
                    bad.put("below its minimum", Long.toString(schema.path("minimum").asLong() - 1));
                }
                if (schema.has("maximum")) {
                    bad.put("above its maximum", new java.math.BigInteger(schema.path("maximum").asText()).add(java.math.BigInteger.ONE).toString());
                }
            }
            case "boolean" -> bad.put("not a boolean", "maybe");
            case "string" -> {
                if (schema.has("enum")) {
                    bad.put("outside its enumeration", "NOT_ONE_OF_THEM");
                }
                if (schema.has("maxLength")) {
                    bad.put("longer than its maximum", TOO_LONG_FILLER.repeat(schema.path("maxLength").asInt() + 1));
                }
                if (schema.has("pattern")) {
                    String off = "off pattern ~!";
                    if (!Pattern.compile(schema.path("pattern").asText()).matcher(off).find()) {
                        bad.put("off its pattern", off);
                    }
                }
                switch (schema.path("format").asText("")) {
                    case "date-time" -> {
                        bad.put("not a date-time", "yesterday");
                        bad.put("a year outside any real range", "-5000-01-01T00:00:00Z");
                        bad.put("a date without its time", "2026-01-31");
                    }
                    case "date" -> {
                        bad.put("not a date", "yesterday");
                        bad.put("a year outside any real range", "+300000-01-01");
                    }
                    case "duration" -> {
                        bad.put("not a duration", "fifteen minutes");
                        bad.put("a duration past any real range", "P99999999999D");
                    }
                    default -> {
                    }
                }
            }
            default -> {
            }
        }
        return bad;
    }

    /** Values a body field's schema refuses, by what is wrong with them. */
    private static Map<String, Object> badJsonValues(JsonNode schema) {
        Map<String, Object> bad = new LinkedHashMap<>();
        switch (schema.path("type").asText("")) {
            case "string" -> {
                bad.put("a number instead of a string", 42);
                bad.put("an object instead of a string", Map.of("nested", "x"));
                if (schema.has("maxLength")) {
                    bad.put("longer than its maximum", TOO_LONG_FILLER.repeat(schema.path("maxLength").asInt() + 1));
                }
                if (schema.has("enum")) {
                    bad.put("outside its enumeration", "NOT_ONE_OF_THEM");
                }
            }
            case "integer" -> {
                bad.put("a string instead of an integer", "1");
                bad.put("a fraction", 1.5);
                bad.put("past 32 bits", 4294967297L);
                if (schema.has("minimum")) {
                    bad.put("below its minimum", schema.path("minimum").asLong() - 1);
                }
                if (schema.has("maximum")) {
                    bad.put("above its maximum", schema.path("maximum").asLong() + 1);
                }
            }
            case "boolean" -> bad.put("a string instead of a boolean", "yes");
            case "array" -> bad.put("an object instead of an array", Map.of());
            case "object" -> bad.put("a string instead of an object", "text");
            default -> {
            }
        }
        return bad;
    }

    /** A value that fits the schema, for the parameters a violation leaves alone. */
    private static String plausible(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asText();
        }
        return switch (schema.path("type").asText("")) {
            case "integer" -> "1";
            case "boolean" -> "true";
            default -> "negative" + UUID.randomUUID().toString().substring(0, 8);
        };
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/components/schemas/")
                ? document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()))
                : schema;
    }

    private static HttpRequest.Builder request(Operation operation, Violation violation, String token) {
        String path = operation.path();
        for (Map.Entry<String, String> parameter : violation.path().entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        StringBuilder query = new StringBuilder();
        violation.query().forEach((name, value) -> query.append(query.length() == 0 ? "?" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(Stack.server().resolve(path + query))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        violation.headers().forEach(request::header);
        if (violation.contentType() != null) {
            request.header("Content-Type", violation.contentType());
            return request.method(operation.method(), HttpRequest.BodyPublishers.ofString(violation.body()));
        }
        return request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
    }

    /** A token of the least privileged role the operation allows; none for the open operations. */
    private static String token(Operation operation, Map<String, String> tokens) {
        List<String> roles = new ArrayList<>();
        operation.definition().path("security").forEach(requirement ->
                requirement.path("bearer").forEach(role -> roles.add(role.asText())));
        if (roles.isEmpty()) {
            return null;
        }
        return tokens.get(roles.contains("storefront") ? "storefront" : roles.contains("staff") ? "staff" : "admin");
    }
}
