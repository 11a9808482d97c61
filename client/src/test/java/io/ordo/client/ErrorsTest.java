package io.ordo.client;

import io.ordo.client.testing.Fixtures;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ErrorsTest {

    private static final UUID ORDER_ID = UUID.fromString("3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10");

    private final StubServer server = StubServer.start();
    private final OrdoClient client = OrdoClient.connect(ServerConfig.of(server.baseUri()));

    @AfterEach
    void stop() {
        server.close();
    }

    private ApiException failureOfOrderRead() {
        return catchThrowableOfType(ApiException.class, () -> client.order(ORDER_ID));
    }

    @Test
    void a_validation_problem_carries_its_type_detail_and_field_errors() {
        server.respond("GET", "/api/v1/orders/" + ORDER_ID, StubResponse.problem(400, Fixtures.read("problem-validation.json")));

        ApiException failure = failureOfOrderRead();

        assertThat(failure.kind()).isEqualTo(ErrorKind.VALIDATION);
        assertThat(failure.status()).isEqualTo(400);
        assertThat(failure.type()).isEqualTo(URI.create("https://ordo.dev/problems/validation"));
        assertThat(failure.title()).isEqualTo("Invalid order");
        assertThat(failure.getMessage()).isEqualTo("2 fields are invalid");
        assertThat(failure.fieldErrors()).containsExactly(
                new FieldError("lines[0].quantity", "must be at least 1"),
                new FieldError("customer.email", "must be an email address"));
    }

    @Test
    void a_401_is_an_authentication_failure() {
        server.respond("GET", "/api/v1/orders/" + ORDER_ID, StubResponse.problem(401,
                "{\"type\":\"https://ordo.dev/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,"
                        + "\"detail\":\"The access token has expired\"}"));

        ApiException failure = failureOfOrderRead();

        assertThat(failure.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
        assertThat(failure.getMessage()).isEqualTo("The access token has expired");
    }

    @Test
    void each_status_maps_to_the_kind_a_caller_acts_on() {
        int[] statuses = {403, 404, 409, 412, 422, 429, 500};
        ErrorKind[] kinds = {ErrorKind.FORBIDDEN, ErrorKind.NOT_FOUND, ErrorKind.CONFLICT, ErrorKind.CONFLICT,
                ErrorKind.VALIDATION, ErrorKind.RATE_LIMITED, ErrorKind.UNEXPECTED};
        for (int i = 0; i < statuses.length; i++) {
            int status = statuses[i];
            server.respond("GET", "/api/v1/orders/" + ORDER_ID, StubResponse.problem(status,
                    "{\"type\":\"https://ordo.dev/problems/x\",\"title\":\"T\",\"status\":" + status + "}"));

            assertThat(failureOfOrderRead().kind()).as("status %d", status).isEqualTo(kinds[i]);
        }
    }

    @Test
    void a_503_is_unavailable_and_says_when_to_retry() {
        server.respond("GET", "/api/v1/orders/" + ORDER_ID, StubResponse.problem(503,
                "{\"type\":\"https://ordo.dev/problems/unavailable\",\"title\":\"Service Unavailable\",\"status\":503,"
                        + "\"detail\":\"The database is not reachable\"}").withHeader("Retry-After", "30"));

        ApiException failure = failureOfOrderRead();

        assertThat(failure.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(failure.getMessage()).isEqualTo("The database is not reachable");
    }

    @Test
    void a_proxy_error_page_that_is_not_json_still_gives_a_readable_failure() {
        server.respond("GET", "/api/v1/orders/" + ORDER_ID,
                new StubResponse(502, java.util.Map.of("Content-Type", "text/html"), "<html>Bad Gateway</html>"));

        ApiException failure = failureOfOrderRead();

        assertThat(failure.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(failure.status()).isEqualTo(502);
        assertThat(failure.type()).isNull();
        assertThat(failure.getMessage()).isEqualTo("GET /api/v1/orders/" + ORDER_ID + " answered HTTP 502 without problem details");
    }

    @Test
    void a_success_whose_body_is_not_the_promised_json_is_unexpected() {
        server.respond("GET", "/api/v1/orders/" + ORDER_ID, StubResponse.json(200, "not json"));

        ApiException failure = failureOfOrderRead();

        assertThat(failure.kind()).isEqualTo(ErrorKind.UNEXPECTED);
        assertThat(failure.getMessage()).contains("GET /api/v1/orders/" + ORDER_ID);
    }

    @Test
    void connection_refused_is_unavailable_and_names_the_server() {
        URI nowhere = StubServer.unreachableUri();
        OrdoClient offline = OrdoClient.connect(ServerConfig.of(nowhere));

        ApiException failure = catchThrowableOfType(ApiException.class, offline::health);

        assertThat(failure.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(failure.status()).isZero();
        assertThat(failure.getMessage()).isEqualTo("Cannot reach " + nowhere + ": connection refused");
    }

    @Test
    void a_server_that_does_not_answer_in_time_is_unavailable() {
        server.hang("GET", "/api/v1/orders/" + ORDER_ID);
        OrdoClient impatient = OrdoClient.connect(
                ServerConfig.builder(server.baseUri()).requestTimeout(Duration.ofMillis(300)).build());

        ApiException failure = catchThrowableOfType(ApiException.class, () -> impatient.order(ORDER_ID));

        assertThat(failure.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(failure.getMessage()).isEqualTo(server.baseUri() + " did not answer in time");
    }
}
