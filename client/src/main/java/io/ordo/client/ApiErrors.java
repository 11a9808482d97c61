package io.ordo.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Turns error responses and failed connections into {@link ApiException}s a caller can act on. */
final class ApiErrors {

    private final ObjectMapper json;

    ApiErrors(ObjectMapper json) {
        this.json = json;
    }

    /** An RFC 9457 problem response of the API, or whatever else a proxy in between answered. */
    ApiException fromResponse(HttpResponse<byte[]> response) {
        return fromResponse(response, response.body());
    }

    /** The same, for a response whose body was read separately (a streamed one). */
    ApiException fromResponse(HttpResponse<?> response, byte[] content) {
        Problem problem = readJson(content)
                .filter(body -> body.has("type") || body.has("title") || body.has("detail"))
                .map(body -> withStatus(json.convertValue(body, Problem.class), response.statusCode()))
                .orElseGet(() -> withoutDetails(response));
        return new ApiException(ErrorKind.forStatus(response.statusCode()), problem, retryAfter(response), null);
    }

    /**
     * An RFC 6749 error of the token endpoint. Refused credentials are an authentication failure
     * whatever the status: the spec answers a wrong password with 400 invalid_grant.
     */
    ApiException fromTokenResponse(HttpResponse<byte[]> response) {
        Optional<JsonNode> body = readJson(response.body()).filter(node -> node.hasNonNull("error"));
        if (body.isEmpty()) {
            return fromResponse(response);
        }
        String error = body.get().get("error").asText();
        String description = body.get().path("error_description").asText(null);
        ErrorKind kind = switch (error) {
            case "invalid_grant", "invalid_client", "unauthorized_client" -> ErrorKind.AUTHENTICATION;
            default -> ErrorKind.forStatus(response.statusCode());
        };
        Problem problem = new Problem(null, error, response.statusCode(), description, List.of());
        return new ApiException(kind, problem, retryAfter(response), null);
    }

    /** No answer at all: the message names the server, since that is what the person must check. */
    static ApiException fromFailedExchange(URI server, IOException failure) {
        String detail;
        if (failure instanceof HttpConnectTimeoutException) {
            detail = "Timed out connecting to " + server;
        } else if (failure instanceof HttpTimeoutException) {
            detail = server + " did not answer in time";
        } else if (causedBy(failure, UnresolvedAddressException.class) || causedBy(failure, UnknownHostException.class)) {
            detail = "Cannot reach " + server + ": unknown host " + server.getHost();
        } else if (failure instanceof ConnectException) {
            detail = "Cannot reach " + server + ": connection refused";
        } else if (causedBy(failure, SSLException.class)) {
            detail = "TLS handshake with " + server + " failed: " + failure.getMessage();
        } else {
            detail = "Connection to " + server + " failed: " + failure;
        }
        return unavailable(detail, failure);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    static ApiException unavailable(String detail, Throwable cause) {
        return new ApiException(ErrorKind.UNAVAILABLE, new Problem(null, "Server unavailable", 0, detail, null), null, cause);
    }

    /** A 2xx response whose body is not what the API promises: a server or proxy bug. */
    static ApiException unreadable(HttpResponse<?> response, Exception cause) {
        Problem problem = new Problem(null, "Unreadable response", response.statusCode(),
                "The server's answer to " + response.request().method() + " " + response.uri().getPath()
                        + " could not be read: " + cause.getMessage(), null);
        return new ApiException(ErrorKind.UNEXPECTED, problem, null, cause);
    }

    private Optional<JsonNode> readJson(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    /** An answer that is not the API's, e.g. a proxy's error page or a server without Ordo deployed. */
    private static Problem withoutDetails(HttpResponse<?> response) {
        return new Problem(null, "HTTP " + response.statusCode(), response.statusCode(),
                response.request().method() + " " + response.uri().getPath() + " answered HTTP "
                        + response.statusCode() + " without problem details", null);
    }

    private static Problem withStatus(Problem problem, int status) {
        return problem.status() == status ? problem
                : new Problem(problem.type(), problem.title(), status, problem.detail(), problem.errors());
    }

    /** Only the delay-seconds form: the API never sends an HTTP date. */
    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After")
                .filter(value -> value.matches("\\d{1,9}"))
                .map(seconds -> Duration.ofSeconds(Long.parseLong(seconds)))
                .orElse(null);
    }
}
