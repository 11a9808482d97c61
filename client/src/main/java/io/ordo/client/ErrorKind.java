package io.ordo.client;

/**
 * What kind of failure an {@link ApiException} is, which is what a caller decides on: sign in
 * again, ask for a role, fix the input, re-read and retry, or wait for the server.
 */
public enum ErrorKind {
    /** 401, or the token endpoint refused the credentials. */
    AUTHENTICATION,
    /** 403: signed in, but without the role. */
    FORBIDDEN,
    /** 404 or 410. */
    NOT_FOUND,
    /** 409, 412, 428: the resource changed or is in a state that forbids the request. */
    CONFLICT,
    /** 400, 422: the request itself is wrong; field errors say where. */
    VALIDATION,
    /** 429: too many requests; retry after the given delay. */
    RATE_LIMITED,
    /** 502, 503, 504, connection refused, timeouts, TLS failures: the server could not answer. */
    UNAVAILABLE,
    /** Anything else, such as a 500 or a response this client cannot read. */
    UNEXPECTED;

    static ErrorKind forStatus(int status) {
        return switch (status) {
            case 400, 422 -> VALIDATION;
            case 401 -> AUTHENTICATION;
            case 403 -> FORBIDDEN;
            case 404, 410 -> NOT_FOUND;
            case 409, 412, 428 -> CONFLICT;
            case 429 -> RATE_LIMITED;
            case 502, 503, 504 -> UNAVAILABLE;
            default -> UNEXPECTED;
        };
    }
}
