package io.ordo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class ApiDocumentFilterTest {

    private final ApiDocumentFilter filter = new ApiDocumentFilter();

    @Test
    void a_protected_read_of_a_named_thing_documents_the_shared_errors_as_problems() {
        Operation read = OASFactory.createOperation()
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("bearer", "staff")))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("ok")));
        OpenAPI api = document("/things/{id}", read, null);

        filter.filterOpenAPI(api);

        assertThat(read.getResponses().getAPIResponses()).containsOnlyKeys("200", "401", "403", "404", "406", "500", "503");
        assertThat(read.getResponses().getAPIResponse("404").getContent().getMediaType("application/problem+json")
                .getSchema().getRef()).isEqualTo("#/components/schemas/Problem");
        assertThat(read.getResponses().getAPIResponse("401").getHeaders()).containsKey("WWW-Authenticate");
        assertThat(read.getResponses().getAPIResponse("503").getHeaders()).containsKey("Retry-After");
        assertThat(api.getComponents().getSchemas().get("Problem").getRequired()).containsExactly("type", "title", "status");
    }

    @Test
    void an_open_change_with_a_body_documents_the_body_errors_and_keeps_its_own_answers() {
        Operation change = OASFactory.createOperation()
                .security(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())))
                .requestBody(OASFactory.createRequestBody())
                .responses(OASFactory.createAPIResponses().addAPIResponse("400", OASFactory.createAPIResponse()
                        .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()))));
        OpenAPI api = document("/things", null, change);

        filter.filterOperation(change);
        filter.filterOpenAPI(api);

        assertThat(change.getSecurity()).as("no authentication").isEmpty();
        assertThat(change.getResponses().getAPIResponses()).containsOnlyKeys("400", "406", "409", "413", "415", "500", "503");
        assertThat(change.getResponses().getAPIResponse("400").getContent().getMediaTypes())
                .as("the operation's own error format is kept").containsOnlyKeys("application/json");
    }

    @Test
    void an_error_declared_by_status_alone_gets_the_problem_body() {
        Operation command = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses().addAPIResponse("412", OASFactory.createAPIResponse().description("stale")));
        OpenAPI api = document("/things/{id}/ship", null, command);

        filter.filterOpenAPI(api);

        assertThat(command.getResponses().getAPIResponse("412").getContent().getMediaTypes()).containsOnlyKeys("application/problem+json");
    }

    @Test
    void patterns_are_anchored_as_bean_validation_matches_the_whole_value() {
        assertThat(filter.filterSchema(OASFactory.createSchema().pattern("[A-Z]{3}")).getPattern()).isEqualTo("^[A-Z]{3}$");
        assertThat(filter.filterSchema(OASFactory.createSchema().pattern("^[a-z]+$")).getPattern()).isEqualTo("^[a-z]+$");
        assertThat(filter.filterSchema(OASFactory.createSchema().pattern("\\S")).getPattern())
                .as("not blank: a non-blank character anywhere").isEqualTo("\\S");
    }

    @Test
    void the_paging_limit_is_the_integer_range_every_list_enforces() {
        Parameter limit = filter.filterParameter(OASFactory.createParameter().name("limit").in(Parameter.In.QUERY)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING)));

        Schema schema = limit.getSchema();
        assertThat(schema.getType()).containsExactly(SchemaType.INTEGER);
        assertThat(schema.getMinimum()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(schema.getMaximum()).isEqualByComparingTo(BigDecimal.valueOf(200));
    }

    private static OpenAPI document(String path, Operation get, Operation post) {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem(path,
                OASFactory.createPathItem().GET(get).POST(post)));
    }
}
