package io.ordo.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** Sends requests to one server and reads JSON answers; every failure leaves as an {@link ApiException}. */
final class HttpTransport {

    private static final String ACCEPT = "application/json, application/problem+json";

    private final URI baseUri;
    private final URI server;
    private final Duration requestTimeout;
    private final HttpClient http;
    private final ObjectMapper json = OrdoJson.newObjectMapper();
    private final ApiErrors errors = new ApiErrors(json);

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
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
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
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw ApiErrors.fromFailedExchange(server, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiErrors.unavailable("Interrupted while waiting for " + server, e);
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
