package io.ordo.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every failure of an {@link OrdoClient} call: an error response of the API, or no response at
 * all. {@link #kind()} says what to do about it; the message is the server's human detail.
 */
public class ApiException extends RuntimeException {

    private final ErrorKind kind;
    private final transient Problem problem;
    private final Duration retryAfter;

    ApiException(ErrorKind kind, Problem problem, Duration retryAfter, Throwable cause) {
        super(describe(problem), cause);
        this.kind = kind;
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    private static String describe(Problem problem) {
        if (problem.detail() != null && !problem.detail().isBlank()) {
            return problem.detail();
        }
        if (problem.title() != null && !problem.title().isBlank()) {
            return problem.title();
        }
        return "HTTP " + problem.status();
    }

    public ErrorKind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when the server did not answer at all. */
    public int status() {
        return problem.status();
    }

    /** The stable problem type URI, e.g. {@code https://ordo.dev/problems/validation}; may be null. */
    public URI type() {
        return problem.type();
    }

    public String title() {
        return problem.title();
    }

    public String detail() {
        return problem.detail();
    }

    /** Which inputs were wrong, for validation problems; empty otherwise. */
    public List<FieldError> fieldErrors() {
        return problem.errors();
    }

    /** How long the server asked us to wait (429, 503), when it said so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public Problem problem() {
        return problem;
    }
}
