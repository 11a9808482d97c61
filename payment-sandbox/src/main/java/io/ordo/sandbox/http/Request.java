package io.ordo.sandbox.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import io.ordo.sandbox.ledger.IdempotencyKey;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A request read off the wire, its body bounded, with the path parameters of the route it matched. */
final class Request {

    static final int MAX_BODY_BYTES = 16 * 1024;

    /**
     * How much of a refused body is read and thrown away before answering 413: a client still
     * sending when the connection closes sees a reset instead of the answer. Beyond this the
     * connection is simply closed.
     */
    private static final long DRAIN_LIMIT_BYTES = 4L * 1024 * 1024;

    private final String method;
    private final String path;
    private final Headers headers;
    private final String rawQuery;
    private final byte[] body;
    private final boolean declineRequested;
    private final Map<String, String> pathParameters;

    private Request(String method, String path, Headers headers, String rawQuery, byte[] body,
                    boolean declineRequested, Map<String, String> pathParameters) {
        this.method = method;
        this.path = path;
        this.headers = headers;
        this.rawQuery = rawQuery;
        this.body = body;
        this.declineRequested = declineRequested;
        this.pathParameters = pathParameters;
    }

    /**
     * Reads at most {@link #MAX_BODY_BYTES} + 1 bytes of the body: enough to tell it is too large
     * without buffering whatever a hostile client sends.
     *
     * @param declineRequested the caller asked, through {@code Sandbox-Behaviour}, for a decline
     * @return the request; a body that is too large is remembered as null and refused when read
     */
    static Request read(HttpExchange exchange, boolean declineRequested) throws IOException {
        Headers headers = exchange.getRequestHeaders();
        byte[] body = null;
        try (InputStream in = exchange.getRequestBody()) {
            if (!declaresTooLargeBody(headers)) {
                byte[] read = in.readNBytes(MAX_BODY_BYTES + 1);
                body = read.length > MAX_BODY_BYTES ? null : read;
            }
            if (body == null) {
                discardUpTo(in, DRAIN_LIMIT_BYTES);
            }
        }
        return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers,
                exchange.getRequestURI().getRawQuery(), body, declineRequested, Map.of());
    }

    Request withPathParameters(Map<String, String> parameters) {
        return new Request(method, path, headers, rawQuery, body, declineRequested, Map.copyOf(parameters));
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no path parameter " + name);
        }
        return value;
    }

    Optional<String> queryParameter(String name) {
        return Optional.ofNullable(parseQuery(rawQuery).get(name));
    }

    boolean declineRequested() {
        return declineRequested;
    }

    /** @throws ProblemException 413 if the body was larger than {@link #MAX_BODY_BYTES} */
    byte[] body() {
        if (body == null) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                    "the request body must be at most " + MAX_BODY_BYTES + " bytes");
        }
        return body;
    }

    /** @throws ProblemException 400 if the header is missing, blank or too long */
    IdempotencyKey idempotencyKey() {
        String value = headers.getFirst("Idempotency-Key");
        if (value == null) {
            throw new ProblemException(ProblemType.INVALID_IDEMPOTENCY_KEY,
                    "this call moves money: send an Idempotency-Key header naming it, and the same key on retries");
        }
        try {
            return new IdempotencyKey(value);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.INVALID_IDEMPOTENCY_KEY, e.getMessage());
        }
    }

    private static void discardUpTo(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[8192];
        long left = limit;
        int read;
        while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= read;
        }
    }

    private static boolean declaresTooLargeBody(Headers headers) {
        String length = headers.getFirst("Content-Length");
        try {
            return length != null && Long.parseLong(length.trim()) > MAX_BODY_BYTES;
        } catch (NumberFormatException e) {
            // The server checks the length only when it uses it (not next to chunked encoding):
            // a garbled one is ignored here too, and the bounded read decides.
            return false;
        }
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    // The server has already refused a URI with a malformed escape, so decoding cannot fail here.
    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
