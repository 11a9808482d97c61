package io.ordo.ordering.api;

import io.ordo.ordering.domain.IllegalTransitionException;
import io.ordo.platform.problem.Problem;
import io.ordo.platform.problem.ProblemType;
import io.ordo.platform.problem.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An action the order's state does not allow is a 409 that names the state and the action. */
@Provider
public class IllegalTransitionMapper implements ExceptionMapper<IllegalTransitionException> {

    @Override
    public Response toResponse(IllegalTransitionException exception) {
        return Problems.response(Problem.of(ProblemType.ILLEGAL_TRANSITION, exception.getMessage()));
    }
}
