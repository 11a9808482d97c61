package io.ordo.sandbox.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer worked out but not yet sent: faults may hold it back or drop it after the work is done.
 *
 * @param body empty for no body
 */
record Response(int status, Map<String, String> headers, byte[] body) {

    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";

    Response {
        headers = Map.copyOf(headers);
    }

    static Response json(int status, Object value) {
        return new Response(status, Map.of("Content-Type", JSON), Json.write(value));
    }

    static Response problem(Problem problem) {
        return new Response(problem.status(), Map.of("Content-Type", PROBLEM_JSON), Json.write(problem));
    }

    static Response noContent() {
        return new Response(204, Map.of(), new byte[0]);
    }

    Response withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Response(status, more, body);
    }
}
