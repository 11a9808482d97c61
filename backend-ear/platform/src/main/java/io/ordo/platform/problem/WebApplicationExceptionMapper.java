package io.ordo.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The framework's own refusals (unknown path, wrong method, wrong media type, missing role, body
 * that cannot be read) answered as problems, keeping headers such as Allow and WWW-Authenticate.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        ProblemType type = ProblemType.forStatus(status);
        if (status == 400 && UnexpectedExceptionMapper.isUnreadableBody(exception)) {
            type = ProblemType.MALFORMED_REQUEST;
        }
        Response.ResponseBuilder answer = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(type, detailFor(type)));
        copyHeader(original, answer, HttpHeaders.ALLOW);
        copyHeader(original, answer, HttpHeaders.WWW_AUTHENTICATE);
        copyHeader(original, answer, HttpHeaders.RETRY_AFTER);
        return answer.build();
    }

    private static String detailFor(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "No resource at this path.";
            case METHOD_NOT_ALLOWED -> "This resource does not support that method; see the Allow header.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
            case NOT_ACCEPTABLE -> "This resource answers application/json only.";
            case UNAUTHORIZED -> "Send a valid bearer access token from POST /api/v1/oauth/token.";
            case FORBIDDEN -> "Your role does not allow this operation.";
            case MALFORMED_REQUEST -> "The body is not valid JSON of the expected shape.";
            case VALIDATION -> "A query parameter, header or path segment could not be read; check its percent-encoding.";
            // The framework's own message names internal classes and methods: never repeat it.
            default -> type.title() + ".";
        };
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
        Object value = from.getHeaders().getFirst(name);
        if (value != null) {
            to.header(name, value);
        }
    }
}
