package io.ordo.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ordo.devstack.DemoCredentials;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** The few admin calls a benchmark makes to the running server, over its REST API. */
final class OrdoAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI server;
    private final DemoCredentials credentials;

    OrdoAdmin(URI server, DemoCredentials credentials) {
        this.server = server;
        this.credentials = credentials;
    }

    URI api(String pathAndQuery) {
        return server.resolve("/api/v1/" + pathAndQuery);
    }

    URI root(String path) {
        return server.resolve(path);
    }

    /** A fresh admin access token (they live 15 minutes). */
    String token() throws IOException {
        String form = "grant_type=password&username=" + encode(credentials.adminUser())
                + "&password=" + encode(credentials.adminPassword());
        JsonNode answer = send(HttpRequest.newBuilder(api("oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), 200);
        return answer.get("access_token").asText();
    }

    /** A fresh access token of the demo storefront client (client credentials). */
    String storefrontToken() throws IOException {
        String form = "grant_type=client_credentials&client_id=" + encode(credentials.storefrontClientId())
                + "&client_secret=" + encode(credentials.storefrontSecret());
        JsonNode answer = send(HttpRequest.newBuilder(api("oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), 200);
        return answer.get("access_token").asText();
    }

    /** GET of a JSON document with a bearer token, expecting 200. */
    JsonNode get(URI uri, String token) throws IOException {
        return send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET(), 200);
    }

    /** POST of a JSON document with a bearer token, expecting one of {@code accepted}. */
    JsonNode post(URI uri, String token, String json, int... accepted) throws IOException {
        return send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)), accepted);
    }

    /**
     * Rebuilds the read models from the history and waits until the new generation is live.
     *
     * @return the rebuild as the server finally reports it
     */
    JsonNode rebuildAndWait(Duration atMost) throws IOException, InterruptedException {
        JsonNode started = send(HttpRequest.newBuilder(api("admin/reports/rebuild"))
                .header("Authorization", "Bearer " + token()).POST(HttpRequest.BodyPublishers.noBody()), 202, 200);
        int generation = started.get("generation").asInt();
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            JsonNode rebuild = send(HttpRequest.newBuilder(api("admin/reports/rebuilds/" + generation))
                    .header("Authorization", "Bearer " + token()).GET(), 200);
            String status = rebuild.get("status").asText();
            if ("LIVE".equals(status)) {
                return rebuild;
            }
            if ("FAILED".equals(status)) {
                throw new IOException("the rebuild failed: " + rebuild);
            }
            Thread.sleep(2_000); // polling a long-running server-side job, not synchronising a test
        }
        throw new IOException("the rebuild of generation " + generation + " did not finish within " + atMost);
    }

    private JsonNode send(HttpRequest.Builder request, int... accepted) throws IOException {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (int status : accepted) {
                if (response.statusCode() == status) {
                    return JSON.readTree(response.body());
                }
            }
            throw new IOException(request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
