package io.ordo.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;

/** Products made for one test (their own SKUs, so no other test moves their stock) and their stock. */
final class Stock {

    private Stock() {
    }

    /** A new active product at 10.00 EUR with {@code onHand} received. */
    static String newProduct(String admin, int onHand) {
        String sku = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        Http.Reply created = Http.send(Http.api("admin/products", admin).header("Content-Type", "application/json")
                .POST(Http.json(Map.of("sku", sku, "name", "Test product " + sku,
                        "price", Map.of("amount", "10.00", "currency", "EUR"), "lowStockThreshold", 2))));
        if (created.status() != 201) {
            throw new AssertionError("cannot create product " + sku + ": " + created);
        }
        if (onHand > 0) {
            Http.Reply adjusted = adjust(admin, sku, onHand, "initial stock", null);
            if (adjusted.status() != 200) {
                throw new AssertionError("cannot stock " + sku + ": " + adjusted);
            }
        }
        return sku;
    }

    static Http.Reply adjust(String token, String sku, int change, String reason, String ifMatch) {
        return Http.send(adjusting(token, sku, change, reason, ifMatch));
    }

    /** An adjustment the document refuses (no reason, one too long), sent on purpose. */
    static Http.Reply adjustMalformed(String token, String sku, int change, String reason) {
        return Http.sendMalformed(adjusting(token, sku, change, reason, null));
    }

    private static HttpRequest.Builder adjusting(String token, String sku, int change, String reason, String ifMatch) {
        HttpRequest.Builder request = Http.api("inventory/levels/" + sku + "/adjustments", token)
                .header("Content-Type", "application/json")
                .POST(Http.json(reason == null ? Map.of("change", change) : Map.of("change", change, "reason", reason)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request;
    }

    static JsonNode level(String token, String sku) {
        Http.Reply reply = Http.send(Http.api("inventory/levels/" + sku, token).GET());
        if (reply.status() != 200) {
            throw new AssertionError("cannot read the stock of " + sku + ": " + reply);
        }
        return reply.json();
    }

    static JsonNode ledger(String token, String sku) {
        return Http.send(Http.api("inventory/levels/" + sku + "/ledger?limit=200", token).GET()).json().get("items");
    }

    static Http.Reply upload(String token, String path, String contentType, String body) {
        return Http.send(uploading(token, path, contentType, body));
    }

    /** A body the document refuses (wrong types, fields that are not the client's, broken JSON), sent on purpose. */
    static Http.Reply uploadMalformed(String token, String path, String contentType, String body) {
        return Http.sendMalformed(uploading(token, path, contentType, body));
    }

    private static HttpRequest.Builder uploading(String token, String path, String contentType, String body) {
        return Http.api(path, token).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    static boolean productExists(String admin, String sku) {
        return Http.send(Http.api("admin/products/" + sku, admin).GET()).status() == 200;
    }
}
