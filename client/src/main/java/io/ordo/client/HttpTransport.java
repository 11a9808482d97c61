package io.ordo.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Sends requests to one server and reads JSON answers; every failure leaves as an {@link ApiException}. */
final class HttpTransport {

    private static final String ACCEPT = "application/json, application/problem+json";

    private final URI baseUri;
    private final URI server;
    private final Duration requestTimeout;
    private final HttpClient http;
    private final ObjectMapper json = OrdoJson.newObjectMapper();
    private final ApiErrors errors = new ApiErrors(json);
    private Reauthorization reauthorization = refused -> Optional.empty();

    HttpTransport(ServerConfig config) {
        this.baseUri = config.baseUri();
        this.server = URI.create(baseUri.toString().replaceAll("/$", ""));
        this.requestTimeout = config.requestTimeout();
        HttpClient.Builder builder = HttpClient.newBuilder()
                // The dev server speaks plain HTTP/1.1 on its HTTP port: an h2c upgrade would buy nothing.
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        config.trustStore().ifPresent(path ->
                builder.sslContext(TrustStores.sslContextTrusting(path, config.trustStorePassword())));
        this.http = builder.build();
    }

    /**
     * What to do when the server refuses a request's bearer token (401): a new {@code Authorization}
     * value to send the request once more with, or empty to fail as the server said.
     */
    @FunctionalInterface
    interface Reauthorization {

        Optional<String> after(String refusedAuthorization);
    }

    void reauthorizeWith(Reauthorization newReauthorization) {
        this.reauthorization = newReauthorization;
    }

    /** The server as a person would name it, without a trailing slash. */
    URI server() {
        return server;
    }

    ApiErrors errors() {
        return errors;
    }

    /** A request to {@code path} below the base URL; the path carries its own query string. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(baseUri.resolve(path))
                .timeout(requestTimeout)
                .header("Accept", ACCEPT);
    }

    HttpRequest.BodyPublisher jsonBody(Object value) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    HttpResponse<byte[]> send(HttpRequest request) {
        HttpResponse<byte[]> response = sendOnce(request, HttpResponse.BodyHandlers.ofByteArray());
        Optional<HttpRequest> again = reauthorized(request, response);
        return again.isPresent() ? sendOnce(again.get(), HttpResponse.BodyHandlers.ofByteArray()) : response;
    }

    /**
     * The request again with a renewed token, when the server refused the one it carried: a
     * token can be revoked or cut short (a key rotation, a clock ahead) before its expiry says so.
     */
    private Optional<HttpRequest> reauthorized(HttpRequest request, HttpResponse<?> response) {
        Optional<String> sent = request.headers().firstValue("Authorization");
        if (response.statusCode() != 401 || sent.isEmpty()) {
            return Optional.empty();
        }
        return reauthorization.after(sent.get()).map(renewed -> HttpRequest.newBuilder(request,
                (name, value) -> !"Authorization".equalsIgnoreCase(name)).header("Authorization", renewed).build());
    }

    private <T> HttpResponse<T> sendOnce(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw ApiErrors.fromFailedExchange(server, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiErrors.unavailable("Interrupted while waiting for " + server, e);
        }
    }

    /**
     * Sends the request and hands back a 2xx answer's body as a stream, to be read as it arrives
     * and closed by the caller; any other status is read whole and thrown as an error.
     */
    HttpResponse<InputStream> stream(HttpRequest request) {
        HttpResponse<InputStream> response = sendOnce(request, HttpResponse.BodyHandlers.ofInputStream());
        Optional<HttpRequest> again = reauthorized(request, response);
        if (again.isPresent()) {
            try (InputStream refusal = response.body()) {
                refusal.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw ApiErrors.fromFailedExchange(server, e);
            }
            response = sendOnce(again.get(), HttpResponse.BodyHandlers.ofInputStream());
        }
        if (isSuccess(response)) {
            return response;
        }
        try (InputStream body = response.body()) {
            throw errors.fromResponse(response, body.readAllBytes());
        } catch (IOException e) {
            throw ApiErrors.fromFailedExchange(server, e);
        }
    }

    ObjectMapper json() {
        return json;
    }

    /** Sends the request and reads a 2xx answer as {@code type}; any other status is an error. */
    <T> T exchange(HttpRequest request, JavaType type) {
        HttpResponse<byte[]> response = send(request);
        if (!isSuccess(response)) {
            throw errors.fromResponse(response);
        }
        return read(response, type);
    }

    <T> T read(HttpResponse<byte[]> response, JavaType type) {
        try {
            T value = json.readValue(response.body(), type);
            if (value == null) {
                throw new IOException("empty body");
            }
            return value;
        } catch (IOException e) {
            throw ApiErrors.unreadable(response, e);
        }
    }

    JavaType type(Class<?> type) {
        return json.constructType(type);
    }

    JavaType listOf(Class<?> itemType) {
        return json.getTypeFactory().constructCollectionType(List.class, itemType);
    }

    JavaType pageOf(Class<?> itemType) {
        return parametricType(Page.class, itemType);
    }

    JavaType parametricType(Class<?> generic, Class<?> parameter) {
        return json.getTypeFactory().constructParametricType(generic, parameter);
    }

    static boolean isSuccess(HttpResponse<?> response) {
        return response.statusCode() / 100 == 2;
    }
}
