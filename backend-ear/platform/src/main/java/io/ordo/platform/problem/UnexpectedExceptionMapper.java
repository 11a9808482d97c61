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
 * a lost optimistic race is a conflict (409); a database out of reach is 503 with Retry-After
 * (the client should retry, with the same Idempotency-Key); the rest is logged with an incident
 * id that the answer repeats, and never leaks internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        var wrapped = ProblemException.in(exception);
        if (wrapped.isPresent()) {
            // e.g. a body over the size limit, refused from inside the JSON reader that wrapped it
            return Problems.response(wrapped.get().problem());
        }
        if (cause(exception, StackOverflowError.class) != null) {
            return Problems.response(Problem.of(ProblemType.MALFORMED_REQUEST,
                    "The body is nested too deeply to be read."));
        }
        if (isTextTheDatabaseCannotStore(exception)) {
            return Problems.response(Problem.of(ProblemType.VALIDATION,
                    "A text field contains a character that cannot be stored (such as the NUL character \\u0000);"
                            + " remove it and send again."));
        }
        if (isUnreadableBody(exception)) {
            return Problems.response(Problem.of(ProblemType.MALFORMED_REQUEST,
                    "The body is not valid JSON of the expected shape: check the syntax and the field types, "
                            + "and send only the fields the API defines (prices, totals and status are the server's)."));
        }
        if (causedBy(exception, OptimisticLockException.class)) {
            return Problems.response(Problem.of(ProblemType.CONFLICT,
                    "The resource was changed by someone else at the same time; read it again and retry."));
        }
        if (DatabaseOutage.causedBy(exception)) {
            LOG.log(Level.WARNING, "Database unavailable, answered 503: {0}", String.valueOf(rootCause(exception)));
            return Problems.unavailable(Problem.of(ProblemType.UNAVAILABLE,
                    "The service cannot reach its database right now. Nothing was changed by this request "
                            + "unless a retry with the same Idempotency-Key replays it; retry after the delay given."),
                    Problems.RETRY_AFTER_SECONDS);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
        return Problems.response(Problem.of(ProblemType.INTERNAL,
                "Something went wrong on our side (incident " + incident + "). It has been logged."));
    }

    private static Throwable rootCause(Throwable exception) {
        Throwable root = exception;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 50; depth++) {
            root = root.getCause();
        }
        return root;
    }

    static boolean isUnreadableBody(Throwable exception) {
        return causedBy(exception, JsonbException.class)
                || causedBy(exception, JsonParsingException.class)
                || exception instanceof ProcessingException;
    }

    /**
     * PostgreSQL refuses NUL in text: its JDBC driver before sending ("Zero bytes may not occur..."),
     * the server with SQLSTATE 22021; and characters its encoding lacks with 22P05.
     */
    private static boolean isTextTheDatabaseCannotStore(Throwable exception) {
        java.sql.SQLException sql = cause(exception, java.sql.SQLException.class);
        return sql != null && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState())
                || String.valueOf(sql.getMessage()).startsWith("Zero bytes may not occur"));
    }

    private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
        return cause(exception, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable exception, Class<T> type) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
