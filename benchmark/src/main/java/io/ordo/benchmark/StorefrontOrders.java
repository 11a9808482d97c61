package io.ordo.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The orders the benchmarks place, as a storefront would: three lines of active products in one
 * currency, a new customer each, paid with the sandbox's approving card; the stock of those
 * products topped up so that every order of a run can go all the way to PAID.
 */
final class StorefrontOrders {

    /** The kinds of request of {@link #visits()}, as its script ({@code load-storefront.lua}) names them. */
    static final String PRODUCTS = "products";
    static final String PLACE = "place";
    static final String POLL = "poll";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where {@code "{n}"} in the body stands for the order's own key: every order gets a customer of its own. */
    private static final String KEY_PLACEHOLDER = "{n}";

    private final OrdoAdmin admin;
    private final String body;
    private final WrkLoad.Target placement;
    private final WrkLoad.Target visits;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private StorefrontOrders(OrdoAdmin admin, String body, WrkLoad.Target placement, WrkLoad.Target visits) {
        this.admin = admin;
        this.body = body;
        this.placement = placement;
        this.visits = visits;
    }

    /** Chooses the products, tops up their stock and writes the order body into {@code work} for wrk. */
    static StorefrontOrders prepare(OrdoAdmin admin, Path work) throws IOException {
        String storefront = admin.storefrontToken();
        JsonNode products = admin.get(admin.api("products?limit=50"), storefront).get("items");
        List<JsonNode> chosen = new ArrayList<>();
        String currency = null;
        for (JsonNode product : products) {
            String productCurrency = product.path("price").path("currency").asText();
            if (product.path("active").asBoolean() && (currency == null || currency.equals(productCurrency))) {
                currency = productCurrency;
                chosen.add(product);
            }
            if (chosen.size() == 3) {
                break;
            }
        }
        if (chosen.size() < 3) {
            throw new IOException("the demo catalogue has fewer than three active products in one currency: " + products);
        }
        String adminToken = admin.token();
        ObjectNode order = JSON.createObjectNode();
        order.putObject("customer").put("name", "Ada Benchmark " + KEY_PLACEHOLDER)
                .put("email", "ada." + KEY_PLACEHOLDER + "@example.com")
                .put("phone", "+44 20 7946 0000").put("address", "1 Load Street, Testing Town");
        order.put("currency", currency).put("paymentMethod", "tok_visa");
        var lines = order.putArray("lines");
        for (JsonNode product : chosen) {
            String sku = product.get("sku").asText();
            lines.addObject().put("sku", sku).put("quantity", 1);
            admin.post(admin.api("inventory/levels/" + sku + "/adjustments"), adminToken,
                    "{\"change\": 10000000, \"reason\": \"benchmark: stock for every order of the run\"}", 200);
        }
        String body = JSON.writeValueAsString(order);
        Path bodyFile = Files.createDirectories(work).resolve("order.json");
        Files.writeString(bodyFile, body);
        Map<String, String> options = Map.of("body", bodyFile.toString());
        return new StorefrontOrders(admin, body,
                new WrkLoad.Target(ApiBenchmark.POST_ORDER, admin.root("/"), WrkLoad.Requests.POST_ORDERS, options),
                new WrkLoad.Target("storefront visits", admin.root("/"), WrkLoad.Requests.STOREFRONT, options));
    }

    /** POST /api/v1/orders for wrk: a new Idempotency-Key and customer per request. */
    WrkLoad.Target placement() {
        return placement;
    }

    /**
     * A storefront's visits for wrk: GET /api/v1/products, POST /api/v1/orders, then GET of that
     * order until it is through the pipeline; again and again on each connection.
     */
    WrkLoad.Target visits() {
        return visits;
    }

    /**
     * Places one order with a new Idempotency-Key.
     *
     * @return the new order's id
     */
    String placeOne(String token) throws IOException {
        String key = UUID.randomUUID().toString();
        HttpRequest request = HttpRequest.newBuilder(admin.api("orders"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body.replace(KEY_PLACEHOLDER, key))).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IOException("placing an order answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body()).get("id").asText();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
