package io.ordo.platform.problem;

import jakarta.ws.rs.core.Response;

/** Builds the HTTP answer for a problem. */
public final class Problems {

    /** A database restart or a failover takes seconds; clients back off at least this long. */
    public static final int RETRY_AFTER_SECONDS = 2;

    private Problems() {
    }

    /** Every 503 says when to try again: {@value #RETRY_AFTER_SECONDS} s. */
    public static Response response(Problem problem) {
        if (problem.status() == 503) {
            return unavailable(problem, RETRY_AFTER_SECONDS);
        }
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
