package io.ordo.platform.problem;

import jakarta.ws.rs.core.Response;

/** Builds the HTTP answer for a problem. */
public final class Problems {

    private Problems() {
    }

    /** How long a client should wait before trying again after a 503. */
    static final int RETRY_AFTER_SECONDS = 5;

    public static Response response(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem);
        if (problem.status() == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            response.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return response.build();
    }
}
