package io.ordo.it;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The served OpenAPI document as the contract of the API: an exchange with {@code /api/v1} that
 * the document does not describe — a request it does not allow, a status, header or body it does
 * not declare — is a violation. {@link Http} checks every exchange of the integration tests.
 *
 * <p>The validator reads OpenAPI 3.0; the server writes 3.1. The two differ, for this document,
 * only in how a schema says "or null" ({@code type: [string, "null"]} against {@code nullable});
 * the document is rewritten to 3.0 for the validator, and any other 3.1-only construct is refused
 * rather than silently ignored.
 */
final class Contract {

    static final String API_PREFIX = "/api/v1/";
    private static final Set<String> ONLY_IN_31 = Set.of("const", "prefixItems", "if", "then", "else",
            "dependentSchemas", "dependentRequired", "unevaluatedProperties", "unevaluatedItems", "contentSchema");
    private static Contract served;
    private static String servedDocument;

    /** One request and its answer, as sent and received. */
    record Exchange(String method, URI uri, Map<String, List<String>> requestHeaders, String requestBody,
                    int status, Map<String, List<String>> responseHeaders, String responseBody) {
    }

    private final OpenApiInteractionValidator validator;

    private Contract(String openApi31) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(asOpenApi30(openApi31)).build();
    }

    static Contract of(String openApi31) {
        return new Contract(openApi31);
    }

    /** The document the server under test serves, read once per run and kept beside the build's output. */
    static synchronized Contract served() {
        if (served == null) {
            served = new Contract(servedDocument());
        }
        return served;
    }

    /** The document as the server under test serves it (OpenAPI 3.1), kept beside the build's output. */
    static synchronized String servedDocument() {
        if (servedDocument == null) {
            servedDocument = fetchServedDocument();
            try {
                Files.writeString(Path.of("target", "served-openapi.json"), servedDocument);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return servedDocument;
    }

    /**
     * What of the exchange the document does not describe; empty when it does, or when it is not
     * an exchange with the API.
     *
     * @param requestInDocument false for a request a test sends outside the document on purpose:
     *                          then only the answer is checked (a refusal the document declares)
     */
    List<String> violations(Exchange exchange, boolean requestInDocument) {
        String path = exchange.uri().getPath();
        if (path == null || !path.startsWith(API_PREFIX)) {
            return List.of();
        }
        Request.Method method = Request.Method.valueOf(exchange.method().toUpperCase(Locale.ROOT));
        SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
        exchange.responseHeaders().forEach(response::withHeader);
        if (exchange.responseBody() != null && !exchange.responseBody().isEmpty()) {
            response.withBody(exchange.responseBody());
        }
        ValidationReport report;
        if (requestInDocument) {
            SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
            exchange.requestHeaders().forEach(request::withHeader);
            queryParameters(exchange.uri()).forEach(request::withQueryParam);
            if (exchange.requestBody() != null && !exchange.requestBody().isEmpty()) {
                request.withBody(exchange.requestBody());
            }
            report = validator.validate(request.build(), response.build());
        } else {
            report = validator.validateResponse(path, method, response.build());
            if (onlyUnknownOperation(report)) {
                // A method or path the API does not have: its refusal must still be a problem.
                return isProblem(exchange) ? List.of() : List.of("the refusal of an unknown operation is not "
                        + "application/problem+json: " + exchange.status() + " " + exchange.responseHeaders().get("content-type"));
            }
        }
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> message.getKey() + ": " + message.getMessage()
                        + (message.getAdditionalInfo().isEmpty() ? "" : " " + message.getAdditionalInfo()))
                .toList();
    }

    /** Fails with the exchange and what is wrong with it, when the document does not describe it. */
    void check(Exchange exchange, boolean requestInDocument) {
        List<String> violations = violations(exchange, requestInDocument);
        if (!violations.isEmpty()) {
            throw new AssertionError("Not in the served OpenAPI document (target/served-openapi.json): "
                    + exchange.method() + " " + exchange.uri().getRawPath()
                    + (exchange.uri().getRawQuery() == null ? "" : "?" + exchange.uri().getRawQuery())
                    + " answered " + exchange.status() + "\n  " + String.join("\n  ", violations)
                    + "\n  answer: " + abbreviated(exchange.responseBody()));
        }
    }

    private static boolean onlyUnknownOperation(ValidationReport report) {
        return report.hasErrors() && report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .allMatch(message -> message.getKey().equals("validation.request.path.missing")
                        || message.getKey().equals("validation.request.operation.notAllowed"));
    }

    private static boolean isProblem(Exchange exchange) {
        return exchange.status() >= 400 && exchange.responseHeaders().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("content-type"))
                .flatMap(header -> header.getValue().stream())
                .anyMatch(type -> type.startsWith("application/problem+json"));
    }

    private static Map<String, List<String>> queryParameters(URI uri) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (uri.getRawQuery() == null || uri.getRawQuery().isEmpty()) {
            return parameters;
        }
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 500 ? body.substring(0, 500) + "…" : body;
    }

    private static String fetchServedDocument() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(Stack.server().resolve("/openapi")).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the server did not serve its OpenAPI document: " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The 3.1 document in the 3.0 dialect the validator reads (see the class comment). */
    static String asOpenApi30(String openApi31) {
        try {
            JsonNode document = Http.JSON.readTree(openApi31);
            ((ObjectNode) document).put("openapi", "3.0.3");
            rewriteSchemas(document, "");
            return Http.JSON.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rewriteSchemas(JsonNode node, String where) {
        if (node instanceof ObjectNode object) {
            JsonNode type = object.get("type");
            if (type instanceof ArrayNode types) {
                List<String> named = new ArrayList<>();
                types.forEach(t -> named.add(t.asText()));
                boolean nullable = named.remove("null");
                if (named.size() != 1) {
                    throw new IllegalArgumentException("a schema of several types at " + where + ": " + types);
                }
                object.put("type", named.get(0));
                if (nullable) {
                    object.put("nullable", true);
                }
            }
            if (object.get("examples") instanceof ArrayNode) {
                object.remove("examples"); // 3.1 schema examples; 3.0 has a single example
            }
            List<String> only31 = new ArrayList<>();
            object.fieldNames().forEachRemaining(name -> {
                if (ONLY_IN_31.contains(name) && !where.endsWith("/properties")) {
                    only31.add(name);
                }
            });
            if (!only31.isEmpty()) {
                throw new IllegalArgumentException("OpenAPI 3.1 keywords the contract check cannot read at " + where + ": " + only31);
            }
            object.fields().forEachRemaining(field -> rewriteSchemas(field.getValue(), where + "/" + field.getKey()));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                rewriteSchemas(array.get(i), where + "/" + i);
            }
        }
    }
}
