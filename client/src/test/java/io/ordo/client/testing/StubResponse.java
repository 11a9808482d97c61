package io.ordo.client.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/** An answer of the {@link StubServer}: status, headers and body. */
public record StubResponse(int status, Map<String, String> headers, String body) {

    public static StubResponse json(int status, String body) {
        return new StubResponse(status, Map.of("Content-Type", "application/json"), body);
    }

    /** An RFC 9457 problem, as every API error but the token endpoint's. */
    public static StubResponse problem(int status, String body) {
        return new StubResponse(status, Map.of("Content-Type", "application/problem+json"), body);
    }

    /** A recorded response from {@code fixtures/} with status 200. */
    public static StubResponse fixture(String name) {
        return json(200, Fixtures.read(name));
    }

    public StubResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new StubResponse(status, Map.copyOf(more), body);
    }
}
