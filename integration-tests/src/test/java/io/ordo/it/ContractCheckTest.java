package io.ordo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract check can fail: exchanges that a small OpenAPI 3.1 document, written the way the
 * server writes its own, does not describe are caught, and the ones it describes pass.
 */
class ContractCheckTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
             "paths": {"/api/v1/things/{id}": {"get": {
               "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
                              {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}}],
               "responses": {
                 "200": {"description": "the thing",
                         "headers": {"ETag": {"required": true, "schema": {"type": "string"}}},
                         "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                 "404": {"description": "none",
                         "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}},
             "components": {"schemas": {
               "Thing": {"type": "object", "required": ["name"], "properties": {
                 "name": {"type": "string", "pattern": "^[a-z]+$"},
                 "nextCursor": {"type": ["string", "null"]},
                 "at": {"type": "string", "format": "date-time", "examples": ["2022-03-10T12:15:50Z"]}}},
               "Problem": {"type": "object", "required": ["type", "title", "status"], "properties": {
                 "type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"}}}}}}
            """;
    private static final String PROBLEM = "{\"type\":\"https://ordo.dev/problems/not-found\",\"title\":\"Not found\",\"status\":404}";

    private final Contract contract = Contract.of(DOCUMENT);

    @Test
    void a_documented_exchange_passes() {
        assertThat(contract.violations(get("/api/v1/things/1?limit=5", 200, json("ETag", "\"3\""),
                "{\"name\":\"box\",\"nextCursor\":null,\"at\":\"2026-12-07T20:00:00Z\"}"), true)).isEmpty();
        assertThat(contract.violations(get("/api/v1/things/1", 404, problem(), PROBLEM), true)).isEmpty();
    }

    @Test
    void an_undocumented_status_is_caught() {
        assertThat(contract.violations(get("/api/v1/things/1", 500, problem(), PROBLEM), true))
                .anySatisfy(violation -> assertThat(violation).startsWith("validation.response.status.unknown"));
    }

    @Test
    void a_body_the_schema_refuses_is_caught() {
        assertThat(contract.violations(get("/api/v1/things/1", 200, json("ETag", "\"3\""), "{\"name\":\"Box 1\"}"), true))
                .anySatisfy(violation -> assertThat(violation).contains("pattern"));
        assertThat(contract.violations(get("/api/v1/things/1", 200, json("ETag", "\"3\""), "{\"nextCursor\":null}"), true))
                .anySatisfy(violation -> assertThat(violation).contains("required"));
    }

    @Test
    void a_missing_declared_header_is_caught() {
        assertThat(contract.violations(get("/api/v1/things/1", 200, json(), "{\"name\":\"box\"}"), true))
                .anySatisfy(violation -> assertThat(violation).startsWith("validation.response.header.missing"));
    }

    @Test
    void an_error_answered_with_another_media_type_is_caught() {
        assertThat(contract.violations(get("/api/v1/things/1", 404, Map.of("Content-Type", List.of("text/html")),
                "<html/>"), true)).isNotEmpty();
    }

    @Test
    void a_request_outside_the_document_is_caught_unless_marked() {
        Contract.Exchange outOfRange = get("/api/v1/things/1?limit=0", 404, problem(), PROBLEM);
        assertThat(contract.violations(outOfRange, true))
                .anySatisfy(violation -> assertThat(violation).contains("minimum"));
        assertThat(contract.violations(outOfRange, false)).isEmpty();
    }

    @Test
    void an_unknown_operation_must_still_be_refused_with_a_problem() {
        assertThat(contract.violations(get("/api/v1/nothing", 404, problem(), PROBLEM), false)).isEmpty();
        assertThat(contract.violations(get("/api/v1/nothing", 404, Map.of("Content-Type", List.of("text/html")), "<html/>"),
                false)).isNotEmpty();
        assertThat(contract.violations(get("/api/v1/nothing", 404, problem(), PROBLEM), true)).isNotEmpty();
    }

    @Test
    void check_fails_the_test_that_sent_an_undocumented_exchange() {
        assertThatThrownBy(() -> contract.check(get("/api/v1/things/1", 500, problem(), PROBLEM), true))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /api/v1/things/1 answered 500");
    }

    @Test
    void exchanges_outside_the_api_are_not_its_business() {
        assertThat(contract.violations(get("/health/ready", 503, json(), "{}"), true)).isEmpty();
    }

    @Test
    void an_openapi_31_keyword_the_check_cannot_read_is_refused_rather_than_ignored() {
        assertThatThrownBy(() -> Contract.of(DOCUMENT.replace("\"pattern\": \"^[a-z]+$\"", "\"const\": \"box\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("const");
    }

    private static Contract.Exchange get(String uri, int status, Map<String, List<String>> headers, String body) {
        return new Contract.Exchange("GET", URI.create("http://localhost" + uri), Map.of(), null, status, headers, body);
    }

    private static Map<String, List<String>> json(String... header) {
        return header.length == 0 ? Map.of("Content-Type", List.of("application/json"))
                : Map.of("Content-Type", List.of("application/json"), header[0], List.of(header[1]));
    }

    private static Map<String, List<String>> problem() {
        return Map.of("Content-Type", List.of("application/problem+json"));
    }
}
