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
}
