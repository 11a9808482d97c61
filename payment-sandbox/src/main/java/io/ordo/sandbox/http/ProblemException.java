package io.ordo.sandbox.http;

/** Thrown by a resource to answer with a problem; the router turns it into the response. */
final class ProblemException extends RuntimeException {

    private final ProblemType type;

    ProblemException(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
    }

    ProblemType type() {
        return type;
    }
}
