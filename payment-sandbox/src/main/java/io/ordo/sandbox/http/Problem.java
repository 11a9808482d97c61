package io.ordo.sandbox.http;

/** An RFC 9457 problem document, as written on the wire. */
record Problem(String type, String title, int status, String detail, String instance) {

    static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance);
    }
}
