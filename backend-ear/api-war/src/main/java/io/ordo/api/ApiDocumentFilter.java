package io.ordo.api;

import io.ordo.platform.paging.PageSize;
import io.ordo.platform.problem.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the served OpenAPI document with what every operation shares, so the annotations on
 * the resources only say what is particular to one operation:
 * <ul>
 *   <li>the errors the API's own filters and mappers give any operation, each as
 *       {@code application/problem+json} of the one {@code Problem} schema: 400 when it takes
 *       parameters or a body, 401 and 403 when it needs a token, 404 when its path names something,
 *       409 for a change that lost a race, 406, 413 and 415 as content negotiation and the body
 *       limit decide, 500, and 503 with
 *       Retry-After when the database is out of reach;</li>
 *   <li>the problem+json body on every error response an annotation declared by status only;</li>
 *   <li>the shared paging parameter {@code limit} as the integer range {@link PageSize} enforces;</li>
 *   <li>anchored patterns: Bean Validation's {@code @Pattern} matches the whole value, a JSON Schema
 *       {@code pattern} only a part unless anchored (the generator's own {@code \S} for
 *       {@code @NotBlank} means "somewhere" and stays as it is);</li>
 *   <li>{@code security: []} on the open operations (token, key set), the OpenAPI form for "no
 *       authentication", where the annotations can only produce an empty requirement.</li>
 * </ul>
 */
public class ApiDocumentFilter implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM_SCHEMA;

    /** What the document generator writes for {@code @NotBlank}: "some non-blank character", unanchored on purpose. */
    private static final String NOT_BLANK = "\\S";

    @Override
    public Schema filterSchema(Schema schema) {
        String pattern = schema.getPattern();
        if (pattern != null && !pattern.equals(NOT_BLANK)) {
            schema.setPattern((pattern.startsWith("^") ? "" : "^") + pattern + (pattern.endsWith("$") ? "" : "$"));
        }
        return schema;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.QUERY && "limit".equals(parameter.getName())) {
            parameter.setDescription("items per page, " + PageSize.DEFAULT + " when absent");
            parameter.setSchema(OASFactory.createSchema().addType(SchemaType.INTEGER)
                    .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageSize.MAX))
                    .defaultValue(PageSize.DEFAULT));
        }
        return parameter;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        var security = operation.getSecurity();
        if (security != null && !security.isEmpty()
                && security.stream().allMatch(requirement -> requirement.getSchemes() == null || requirement.getSchemes().isEmpty())) {
            operation.setSecurity(new ArrayList<>());
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Components components = api.getComponents() != null ? api.getComponents() : OASFactory.createComponents();
        api.setComponents(components);
        components.addSchema(PROBLEM_SCHEMA, problemSchema());
        if (api.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            boolean namesSomething = path.getKey().contains("{");
            path.getValue().getOperations().forEach((method, operation) -> complete(method, operation, namesSomething));
        }
    }

    private static void complete(PathItem.HttpMethod method, Operation operation, boolean pathNamesSomething) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        var responses = operation.getResponses();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() != Parameter.In.PATH);
        boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
        if (hasBody || hasParameters) {
            addIfAbsent(operation, "400", "The request is not valid: a parameter or the body is malformed or out of range.");
        }
        if (secured) {
            addIfAbsent(operation, "401", "No valid access token was sent.")
                    .addHeader("WWW-Authenticate", header("The bearer challenge (RFC 6750)", SchemaType.STRING));
            addIfAbsent(operation, "403", "The token's role does not allow this operation.");
        }
        if (pathNamesSomething) {
            addIfAbsent(operation, "404", "Nothing with that name or id (for this caller).");
        }
        if (method != PathItem.HttpMethod.GET) {
            addIfAbsent(operation, "409", "Someone else changed the same record at the same moment; read it again and retry.");
        }
        addIfAbsent(operation, "406", "The Accept header names no media type this operation answers.");
        if (hasBody) {
            addIfAbsent(operation, "413", "The body is larger than this operation accepts.");
            addIfAbsent(operation, "415", "The body's Content-Type is not one this operation reads.");
        }
        addIfAbsent(operation, "500", "An unexpected failure; the answer names the incident logged.");
        addIfAbsent(operation, "503", "The database is out of reach; nothing was changed. Retry after the delay given.")
                .addHeader("Retry-After", header("Seconds to wait before retrying", SchemaType.INTEGER));
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                withProblemBody(response);
            }
        });
    }

    private static APIResponse addIfAbsent(Operation operation, String status, String description) {
        var responses = operation.getResponses();
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
        return responses.getAPIResponse(status);
    }

    /** An error declared by status alone gets the problem body every error of the API has. */
    private static void withProblemBody(APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        Content content = response.getContent();
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        }
    }

    /** A header every answer of its status carries. */
    private static Header header(String description, SchemaType type) {
        return OASFactory.createHeader().description(description).required(true).schema(OASFactory.createSchema().addType(type));
    }

    /** RFC 9457 problem details as {@link Problem} writes them; absent members are left out, never null. */
    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("the invalid field by its JSON path, e.g. lines[0].quantity, or the parameter's name"))
                .addProperty("message", text)
                .required(List.of("field", "message"));
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("RFC 9457 problem details; the type URI is stable per kind of error")
                .addProperty("type", OASFactory.createSchema().addType(SchemaType.STRING).format("uri"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER)
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY).items(fieldError))
                .required(List.of("type", "title", "status"));
    }
}
