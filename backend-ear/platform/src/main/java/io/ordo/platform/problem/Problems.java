package io.ordo.platform.problem;

import jakarta.ws.rs.core.Response;

/** Builds the HTTP answer for a problem. */
public final class Problems {

    private Problems() {
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    /** A 503 that tells the client when to try again (RFC 9110 Retry-After, in seconds). */
    public static Response unavailable(Problem problem, int retryAfterSeconds) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header("Retry-After", Integer.toString(retryAfterSeconds))
                .entity(problem)
                .build();
    }
}
