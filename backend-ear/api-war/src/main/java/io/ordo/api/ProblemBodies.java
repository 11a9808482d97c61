package io.ordo.api;

import io.ordo.platform.problem.Problem;
import io.ordo.platform.problem.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives a problem+json body to error answers that the runtime produced without one — notably
 * the 401 of the token check, which aborts the request before any resource or exception mapper.
 */
@Provider
public class ProblemBodies implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || response.hasEntity()) {
            return;
        }
        ProblemType type = ProblemType.forStatus(response.getStatus());
        String detail = switch (type) {
            case UNAUTHORIZED -> "Send a valid, unexpired bearer access token from POST /api/v1/oauth/token.";
            case FORBIDDEN -> "Your role does not allow this operation.";
            default -> type.title() + ".";
        };
        response.setEntity(Problem.of(type, detail), null, MediaType.valueOf(Problem.MEDIA_TYPE));
    }
}
