package io.ordo.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Stock received by staff through the API, as a warehouse would, so that a long load does not run
 * the demo catalogue out of stock (orders would then fail OUT_OF_STOCK and never reach the gateway).
 */
final class Stock {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Stock() {
    }

    static void receive(Collection<String> skus, int units) {
        String token = staffToken();
        for (String sku : skus) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(api("inventory/levels/" + sku + "/adjustments"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"change\": " + units + ", \"reason\": \"received for the fault tests' load\"}")));
            if (response.statusCode() != 200) {
                throw new AssertionError("stock of " + sku + " not received: " + response.statusCode() + " " + response.body());
            }
        }
    }

    private static String staffToken() {
        Map<String, String> form = Map.of("grant_type", "password",
                "username", FaultStack.credentials().staffUser(),
                "password", FaultStack.credentials().staffPassword());
        HttpResponse<String> response = send(HttpRequest.newBuilder(api("oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")))));
        if (response.statusCode() != 200) {
            throw new AssertionError("staff sign-in refused: " + response.statusCode() + " " + response.body());
        }
        try {
            return Storefront.JSON.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.net.URI api(String path) {
        return FaultStack.server().resolve("/api/v1/" + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while receiving stock", e);
        }
    }
}
