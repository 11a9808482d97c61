package io.ordo.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The catalogue as admins manage it: products added and changed one by one, bulk imports of
 * products and stock (CSV and JSON, all or nothing, dry runs reporting every bad row by line),
 * exports of products, stock and orders, and hostile files answered with a precise 4xx.
 */
class CatalogueIT extends PackagedServer {

    private final String storefront = Http.storefrontToken();
    private final String staff = Http.staffToken();
    private final String admin = Http.adminToken();

    private static String prefix() {
        return "CT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
    }

    @Test
    void a_product_is_added_then_changed_and_storefronts_see_the_new_price_only_while_it_is_active() {
        String sku = prefix() + "-1";
        Http.Reply created = Http.send(Http.api("admin/products", admin).header("Content-Type", "application/json")
                .POST(Http.json(Map.of("sku", sku, "name", "Desk fan", "description", "Quiet",
                        "price", Map.of("amount", "19.90", "currency", "EUR")))));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/admin/products/" + sku));
        assertThat(created.json().get("lowStockThreshold").asInt()).isEqualTo(5);
        assertThat(Http.send(Http.api("admin/products", admin).header("Content-Type", "application/json")
                .POST(Http.json(Map.of("sku", sku, "name", "Again", "price", Map.of("amount", "1", "currency", "EUR")))))
                .status()).as("the SKU is taken").isEqualTo(409);

        Http.Reply changed = Http.send(Http.api("admin/products/" + sku, admin).header("Content-Type", "application/json")
                .PUT(Http.json(Map.of("name", "Desk fan", "price", Map.of("amount", "17.50", "currency", "EUR"),
                        "active", true, "lowStockThreshold", 3))));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(Orders.price(storefront, sku)).isEqualByComparingTo("17.50");
        Http.send(Http.api("admin/products/" + sku, admin).header("Content-Type", "application/json")
                .PUT(Http.json(Map.of("name", "Desk fan", "price", Map.of("amount", "17.50", "currency", "EUR"), "active", false))));
        assertThat(Http.send(Http.api("products?limit=200", storefront).GET()).json().get("items").findValuesAsText("sku"))
                .doesNotContain(sku);
        Http.Reply negative = Http.send(Http.api("admin/products/" + sku, admin).header("Content-Type", "application/json")
                .PUT(Http.json(Map.of("name", "Desk fan", "price", Map.of("amount", "-1", "currency", "XXQ")))));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("errors").findValuesAsText("field")).contains("price", "currency");
        assertThat(Http.send(Http.api("admin/products/" + sku, staff).GET()).status()).as("admins only").isEqualTo(403);
    }

    @Test
    void admins_adding_the_same_product_at_once_get_one_product_and_409s_never_a_500() throws Exception {
        String sku = prefix() + "-RACE";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> Http.send(Http.api("admin/products", admin)
                        .header("Content-Type", "application/json")
                        .POST(Http.json(Map.of("sku", sku, "name", "Raced", "price", Map.of("amount", "1.00", "currency", "EUR")))))
                        .status()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Stock.level(staff, sku).get("onHand").asInt()).isZero();
    }

    @Test
    void an_import_with_bad_rows_reports_each_by_line_and_imports_nothing_dry_run_or_not() {
        String p = prefix();
        String csv = "sku,name,price,currency,lowStockThreshold\n"
                + p + "-A,Good one,10.00,EUR,2\n"
                + p + "-B,,abc,EUR,2\n"
                + p + "-C,\"Quoted, with comma\",5,EUR,x\n"
                + p + "-A,Twice,1.00,EUR,2\n";

        Http.Reply dryRun = Stock.upload(admin, "admin/products/import?dryRun=true", "text/csv", csv);
        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.json().get("dryRun").asBoolean()).isTrue();
        assertThat(dryRun.json().get("rows").asInt()).isEqualTo(4);
        assertThat(dryRun.json().get("invalid").asInt()).isEqualTo(3);
        assertThat(dryRun.json().get("imported").asInt()).isZero();
        JsonNode errors = dryRun.json().get("errors");
        assertThat(errors.findValuesAsText("line")).containsExactly("3", "3", "4", "5");
        assertThat(errors.findValuesAsText("field")).containsExactly("name", "price", "lowStockThreshold", "sku");
        assertThat(Stock.productExists(admin, p + "-A")).isFalse();

        Http.Reply refused = Stock.upload(admin, "admin/products/import", "text/csv", csv);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText()).contains("3 of 4 rows").contains("nothing was imported");
        assertThat(refused.json().get("errors").findValuesAsText("field")).contains("line 3: price", "line 5: sku");
        assertThat(refused.json().get("report").get("invalid").asInt()).isEqualTo(3);
        assertThat(Stock.productExists(admin, p + "-A")).as("all or nothing").isFalse();

        String fixed = "sku,name,price,currency,lowStockThreshold\n"
                + p + "-A,Good one,10.00,EUR,2\n"
                + p + "-B,Second,3.50,EUR,2\n"
                + p + "-C,\"Quoted, with comma\",5,EUR,1\n";
        Http.Reply imported = Stock.upload(admin, "admin/products/import", "text/csv", fixed);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(3);
        assertThat(Http.send(Http.api("admin/products/" + p + "-C", admin).GET()).json().get("name").asText())
                .isEqualTo("Quoted, with comma");
        assertThat(Stock.level(staff, p + "-B").get("onHand").asInt()).as("a new product has no stock yet").isZero();
    }

    @Test
    void a_stock_import_applies_rows_in_order_all_or_nothing() {
        String sku = Stock.newProduct(admin, 0);
        String json = "[\n"
                + "  {\"sku\": \"" + sku + "\", \"quantity\": 10, \"movement\": \"received\", \"reason\": \"delivery\"},\n"
                + "  {\"sku\": \"" + sku + "\", \"quantity\": -4, \"reason\": \"stock-take\"},\n"
                + "  {\"sku\": \"" + sku + "\", \"quantity\": -7, \"reason\": \"too many\"},\n"
                + "  {\"sku\": \"NO-SUCH-SKU\", \"quantity\": 1, \"reason\": \"x\"},\n"
                + "  {\"sku\": \"" + sku + "\", \"quantity\": {\"value\": 1}, \"reason\": \"x\"}\n"
                + "]";

        Http.Reply refused = Stock.upload(admin, "admin/inventory/import", "application/json", json);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        JsonNode report = refused.json().get("report");
        assertThat(report.get("invalid").asInt()).isEqualTo(3);
        assertThat(report.get("errors").findValuesAsText("line")).contains("4", "5", "6");
        assertThat(Stock.level(staff, sku).get("onHand").asInt()).isZero();
        assertThat(Stock.ledger(staff, sku)).isEmpty();

        String good = "sku,quantity,movement,reason,note\n"
                + sku + ",10,received,delivery,pallet 1\n"
                + sku + ",-4,adjusted,stock-take,\n";
        Http.Reply dryRun = Stock.upload(admin, "admin/inventory/import?dryRun=true", "text/csv", good);
        assertThat(dryRun.json().get("invalid").asInt()).isZero();
        assertThat(Stock.ledger(staff, sku)).as("a dry run changes nothing").isEmpty();
        Http.Reply applied = Stock.upload(admin, "admin/inventory/import", "text/csv", good);
        assertThat(applied.status()).isEqualTo(200);
        assertThat(applied.json().get("imported").asInt()).isEqualTo(2);
        assertThat(Stock.level(staff, sku).get("onHand").asInt()).isEqualTo(6);
        assertThat(Stock.ledger(staff, sku).findValuesAsText("movement")).containsExactly("ADJUSTED", "RECEIVED");
    }

    @Test
    void exports_stream_products_stock_and_orders_and_a_product_export_imports_again_unchanged() throws Exception {
        String sku = Stock.newProduct(admin, 3);
        String order = Orders.place(storefront, Orders.body("tok_visa", Map.of(sku, 1))).json().get("id").asText();

        Http.Reply products = Http.send(Http.api("admin/products/export?format=csv", admin).GET());
        assertThat(products.status()).isEqualTo(200);
        assertThat(products.contentType()).startsWith("text/csv");
        List<String> lines = products.raw().body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("sku,name,description,price,currency,active,lowStockThreshold");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(sku + ",Test product " + sku + ",,10.00,EUR,true,2"));
        assertThat(lines.size() - 1).isGreaterThanOrEqualTo(22);
        Http.Reply again = Stock.upload(admin, "admin/products/import?dryRun=true", "text/csv", products.raw().body());
        assertThat(again.json().get("invalid").asInt()).as(again.toString()).isZero();

        JsonNode stock = Http.send(Http.api("admin/inventory/export", admin).header("Accept", "application/json").GET()).json();
        assertThat(stock.isArray()).isTrue();
        assertThat(stock.findValuesAsText("sku")).contains(sku, "KB-001");
        JsonNode orders = Http.send(Http.api("admin/orders/export?format=json", admin).GET()).json();
        assertThat(orders.findValuesAsText("id")).contains(order);
        Http.Reply ordersCsv = Http.send(Http.api("admin/orders/export", admin).header("Accept", "text/csv").GET());
        assertThat(ordersCsv.raw().body().lines().findFirst()).hasValue("id,status,paymentStatus,customerName,total,currency,createdAt,updatedAt");
        assertThat(Http.sendMalformed(Http.api("admin/orders/export?format=xml", admin).GET()).status()).isEqualTo(400);
        assertThat(Http.send(Http.api("admin/orders/export", staff).GET()).status()).isEqualTo(403);
    }

    @Test
    void hostile_files_are_answered_with_a_precise_4xx_and_change_nothing() {
        String p = prefix();
        Http.Reply unclosed = Stock.upload(admin, "admin/products/import", "text/csv",
                "sku,name,price,currency\n" + p + "-1,ok,1,EUR\n" + p + "-2,\"never closed,1,EUR\n");
        assertThat(unclosed.status()).isEqualTo(400);
        assertThat(unclosed.json().get("detail").asText()).startsWith("Line 3:");
        Http.Reply unknownColumn = Stock.upload(admin, "admin/products/import", "text/csv", "sku,name,price,currency,owner\n");
        assertThat(unknownColumn.status()).isEqualTo(400);
        assertThat(unknownColumn.json().get("detail").asText()).contains("owner");
        Http.Reply brokenJson = Stock.uploadMalformed(admin, "admin/products/import", "application/json",
                "[\n{\"sku\": \"" + p + "-3\", \"name\": \"x\", \"price\": \"1\", \"currency\": \"EUR\"},\n{\"sku\": ");
        assertThat(brokenJson.status()).isEqualTo(400);
        assertThat(brokenJson.json().get("detail").asText()).startsWith("Line 3:");
        assertThat(Stock.uploadMalformed(admin, "admin/products/import", "application/json", "{\"sku\": \"x\"}").status())
                .as("an object, not an array").isEqualTo(400);
        assertThat(Stock.uploadMalformed(admin, "admin/products/import", "text/plain", "sku\n").status()).isEqualTo(415);
        assertThat(Http.send(Http.api("admin/products/import", admin).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'s', 'k', 'u', '\n', (byte) 0xC3, (byte) 0x28, '\n'})))
                .status()).as("not UTF-8").isEqualTo(400);
        Http.Reply wrongTypes = Stock.upload(admin, "admin/products/import?dryRun=true", "application/json",
                "[{\"sku\": \"" + p + "-4\", \"name\": [\"a\"], \"price\": true, \"currency\": 978}]");
        assertThat(wrongTypes.status()).isEqualTo(200);
        assertThat(wrongTypes.json().get("errors").findValuesAsText("field")).contains("name", "price", "currency");

        String row = p + "-9,\"" + "n".repeat(9000) + "\",1,EUR\n";
        StringBuilder huge = new StringBuilder("sku,name,price,currency\n");
        while (huge.length() < 17 * 1024 * 1024) {
            huge.append(row);
        }
        Http.Reply tooLarge = Stock.upload(admin, "admin/products/import", "text/csv", huge.toString());
        assertThat(tooLarge.status()).isEqualTo(413);
        StringBuilder many = new StringBuilder("sku,quantity,reason\n");
        for (int i = 0; i < 100_001; i++) {
            many.append("KB-001,1,r\n");
        }
        assertThat(Stock.upload(admin, "admin/inventory/import", "text/csv", many.toString()).status()).isEqualTo(413);

        for (String sku : List.of(p + "-1", p + "-2", p + "-3", p + "-4", p + "-9")) {
            assertThat(Stock.productExists(admin, sku)).as(sku).isFalse();
        }
    }
}
