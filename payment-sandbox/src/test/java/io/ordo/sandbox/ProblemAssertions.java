package io.ordo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** Checks that an answer is an RFC 9457 problem of the expected kind. */
final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** @param type the last part of the problem's type URI, e.g. "invalid-request" */
    static JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = SandboxClient.json(response);
        assertThat(problem.path("type").asText()).isEqualTo("urn:ordo:payment-sandbox:problem:" + type);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank();
        return problem;
    }
}
