package io.ordo.platform.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line: anything not mapped elsewhere. Unreadable bodies are the client's fault (400);
 * a lost optimistic race is a conflict (409); the rest is logged with an incident id that the
 * answer repeats, and never leaks internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (isUnreadableBody(exception)) {
            return Problems.response(Problem.of(ProblemType.MALFORMED_REQUEST,
                    "The body is not valid JSON of the expected shape: check the syntax and the field types, "
                            + "and send only the fields the API defines (prices, totals and status are the server's)."));
        }
        if (causedBy(exception, OptimisticLockException.class)) {
            return Problems.response(Problem.of(ProblemType.CONFLICT,
                    "The resource was changed by someone else at the same time; read it again and retry."));
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
        return Problems.response(Problem.of(ProblemType.INTERNAL,
                "Something went wrong on our side (incident " + incident + "). It has been logged."));
    }

    static boolean isUnreadableBody(Throwable exception) {
        return causedBy(exception, JsonbException.class)
                || causedBy(exception, JsonParsingException.class)
                || exception instanceof ProcessingException;
    }

    private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
