package io.ordo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ordo.client.OrdoClient;
import io.ordo.client.ServerConfig;
import io.ordo.client.model.Customer;
import io.ordo.client.model.OrderStatus;
import io.ordo.client.model.PlaceOrderRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real {@code ordo} commands, in-process, against the real system: an admin signs in once
 * (the session is kept in a config folder shared by the tests, as on a person's machine), a
 * storefront places orders through the client, and the admin lists, ships, cancels and retries
 * them. In order, because the last test stops the server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrdoCliIT {

    private static final Duration PIPELINE = Duration.ofSeconds(60);

    @TempDir
    static Path home;

    private static OrdoClient storefront;
    private static UUID toShip;
    private static UUID toCancel;
    private static UUID declined;

    private final ObjectMapper json = new ObjectMapper();

    /** Placed first, so they go through the pipeline while the first tests run. */
    @BeforeAll
    static void storefrontPlacesOrders() {
        storefront = OrdoClient.connect(ServerConfig.of(RunningStack.server()));
        storefront.loginWithClientCredentials(RunningStack.credentials().storefrontClientId(),
                RunningStack.credentials().storefrontSecret().toCharArray());
        toShip = place("tok_visa", "KB-001");
        toCancel = place("tok_visa", "MS-002");
        declined = place("tok_decline", "PB-017");
    }

    private static UUID place(String paymentMethod, String sku) {
        PlaceOrderRequest request = new PlaceOrderRequest(new Customer("Ada Lovelace", "ada@example.org", null, null),
                Currency.getInstance("EUR"), paymentMethod, List.of(new PlaceOrderRequest.Line(sku, 1)));
        return storefront.placeOrder(UUID.randomUUID().toString(), request).id();
    }

    private static void awaitStatus(UUID id, OrderStatus status) {
        await("order " + id + " to become " + status).atMost(PIPELINE).pollInterval(Duration.ofMillis(200))
                .until(() -> storefront.order(id), order -> order.status().equals(status));
    }

    private static Cli cli() {
        return Cli.in(home);
    }

    private JsonNode jsonOf(Cli.Result result) throws IOException {
        assertThat(result.exitCode()).as(result.err()).isZero();
        return json.readTree(result.out());
    }

    private static void assertOneReadableLine(Cli.Result result) {
        assertThat(result.err()).startsWith("ordo: ").doesNotContain("Exception", "\tat ");
        assertThat(result.err().lines()).hasSize(1);
    }

    @Test
    @Order(1)
    void a_wrong_password_exits_3() {
        Cli.Result result = cli().withStdin("not the password\n")
                .run("login", "--server", RunningStack.server().toString(), "-u", "admin", "--password-stdin");

        assertThat(result.exitCode()).isEqualTo(3);
        assertOneReadableLine(result);
        assertThat(result.err()).contains("Sign-in to " + RunningStack.server() + " refused", "username and password");
    }

    @Test
    @Order(2)
    void the_admin_signs_in_with_the_password_from_stdin() {
        Cli.Result result = cli().withStdin(RunningStack.credentials().adminPassword() + "\n")
                .run("login", "--server", RunningStack.server().toString(), "-u", "admin", "--password-stdin");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Signed in to " + RunningStack.server() + " as admin until ");
    }

    @Test
    @Order(3)
    void health_and_the_catalogue_answer() {
        Cli.Result health = cli().run("health");
        Cli.Result products = cli().run("products", "list", "--limit", "5");

        assertThat(health.exitCode()).as(health.err()).isZero();
        assertThat(health.out()).contains("Status  UP");
        assertThat(products.exitCode()).as(products.err()).isZero();
        assertThat(products.out()).contains("CB-011  USB-C cable 2 m    9.90 EUR        100  yes",
                "More: ordo products list --limit 5 --cursor HB-012");
    }

    @Test
    @Order(4)
    void paid_orders_are_listed_as_json() throws IOException {
        awaitStatus(toShip, OrderStatus.PAID);

        JsonNode page = jsonOf(cli().run("orders", "list", "--status", "PAID", "--all", "--output", "json"));

        assertThat(page.get("items").findValuesAsText("id")).contains(toShip.toString());
        assertThat(page.get("items").findValuesAsText("status")).containsOnly("PAID");
    }

    @Test
    @Order(5)
    void show_prints_the_paid_order_and_what_can_be_done_to_it() {
        Cli.Result result = cli().run("orders", "show", toShip.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Status    PAID", "Payment   CAPTURED", "Actions   cancel, ship",
                "KB-001", "placed (storefront:demo-storefront)");
    }

    @Test
    @Order(6)
    void ship_ships_it() throws IOException {
        Cli.Result result = cli().run("orders", "ship", toShip.toString(), "--carrier", "DHL", "--tracking", "JD0146", "--yes");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("Shipped order " + toShip + " with DHL, tracking JD0146: now SHIPPED.\n");
        JsonNode order = jsonOf(cli().run("orders", "show", toShip.toString(), "-o", "json"));
        assertThat(order.get("status").asText()).isEqualTo("SHIPPED");
        assertThat(order.at("/shipment/carrier").asText()).isEqualTo("DHL");
    }

    @Test
    @Order(7)
    void shipping_it_again_is_a_conflict() {
        Cli.Result result = cli().run("orders", "ship", toShip.toString(), "--carrier", "DHL", "--tracking", "JD0146", "--yes");

        assertThat(result.exitCode()).isEqualTo(5);
        assertOneReadableLine(result);
        assertThat(result.err()).isEqualTo("ordo: Order " + toShip + " is SHIPPED; it cannot ship from there. "
                + "Nothing can be done to it now.\n");
    }

    @Test
    @Order(8)
    void cancelling_a_paid_order_refunds_it() throws IOException {
        awaitStatus(toCancel, OrderStatus.PAID);

        Cli.Result result = cli().run("orders", "cancel", toCancel.toString(), "--reason", "customer called", "--yes");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Cancelled order " + toCancel + " (was PAID): now CANCELLED");
        await("the refund").atMost(PIPELINE).pollInterval(Duration.ofMillis(300)).until(() ->
                jsonOf(cli().run("orders", "show", toCancel.toString(), "-o", "json")).get("paymentStatus").asText(),
                "REFUNDED"::equals);
        assertThat(cli().run("orders", "show", toCancel.toString()).out())
                .contains("Status    CANCELLED", "Payment   REFUNDED", "customer called (admin:admin)");
    }

    @Test
    @Order(9)
    void a_declined_order_is_retried_and_its_history_shows_it() throws IOException {
        awaitStatus(declined, OrderStatus.FAILED);

        Cli.Result result = cli().run("orders", "retry", declined.toString(), "--reason", "new card on file");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Retried order " + declined + " (was FAILED): now VALIDATED");
        JsonNode history = jsonOf(cli().run("orders", "history", declined.toString(), "-o", "json"));
        assertThat(history).anySatisfy(change -> {
            assertThat(change.get("from").asText()).isEqualTo("FAILED");
            assertThat(change.get("to").asText()).isEqualTo("CREATED");
            assertThat(change.get("actor").asText()).isEqualTo("admin:admin");
            assertThat(change.get("reason").asText()).isEqualTo("new card on file");
        });
    }

    @Test
    @Order(10)
    void an_unknown_order_exits_4() {
        UUID nobody = UUID.randomUUID();

        Cli.Result result = cli().run("orders", "show", nobody.toString());

        assertThat(result.exitCode()).isEqualTo(4);
        assertOneReadableLine(result);
        assertThat(result.err()).contains("There is no order " + nobody);
    }

    @Test
    @Order(11)
    void no_dead_letters_is_an_empty_list() {
        Cli.Result result = cli().run("dead-letters", "list");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("No dead letters.\n");
    }

    @Test
    @Order(20)
    void a_product_file_with_bad_rows_imports_nothing_dry_run_or_not_then_imports_whole_once_fixed() throws IOException {
        String bad = "sku,name,price,currency,lowStockThreshold\n"
                + "ZZ-CLI-1,Desk fan,24.90,EUR,3\n"
                + "ZZ-CLI-2,Desk lamp,cheap,EUR,3\n"
                + "ZZ-CLI-3,,5.00,EUR,3\n";
        Path file = Files.writeString(home.resolve("catalogue.csv"), bad);

        Cli.Result dryRun = cli().run("products", "import", file.toString(), "--dry-run");
        Cli.Result refused = cli().run("products", "import", file.toString());

        for (Cli.Result result : List.of(dryRun, refused)) {
            assertThat(result.exitCode()).as(result.err()).isEqualTo(6);
            assertThat(result.out()).contains("3 rows, 2 bad. Nothing was imported.")
                    .containsPattern("\\s3\\s+price\\s+must be a decimal amount")
                    .containsPattern("\\s4\\s+name\\s+is required");
        }
        assertThat(cli().run("stock", "show", "ZZ-CLI-1").exitCode()).as("nothing was imported").isEqualTo(4);

        Files.writeString(file, bad.replace("cheap", "19.00").replace("ZZ-CLI-3,,", "ZZ-CLI-3,Mouse pad,"));
        Cli.Result imported = cli().run("products", "import", file.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo("Imported 3 products from " + file + ".\n");
    }

    @Test
    @Order(21)
    void stock_is_received_by_import_adjusted_shown_and_its_ledger_read() throws IOException {
        Path file = Files.writeString(home.resolve("delivery.json"),
                "[{\"sku\": \"ZZ-CLI-1\", \"quantity\": 10, \"movement\": \"received\", \"reason\": \"delivery 4711\"}]");
        assertThat(cli().run("stock", "import", file.toString()).exitCode()).isZero();

        Cli.Result adjusted = cli().run("stock", "adjust", "ZZ-CLI-1", "--by", "-3", "--reason", "stock-take");
        Cli.Result refused = cli().run("stock", "adjust", "ZZ-CLI-1", "--by", "-8", "--reason", "lost");
        Cli.Result shown = cli().run("stock", "show", "ZZ-CLI-1");
        Cli.Result ledger = cli().run("stock", "ledger", "ZZ-CLI-1", "--output", "json");

        assertThat(adjusted.exitCode()).as(adjusted.err()).isZero();
        assertThat(adjusted.out()).isEqualTo("Adjusted ZZ-CLI-1 by -3: 7 on hand, 0 reserved, 7 available.\n");
        assertThat(refused.exitCode()).isEqualTo(5);
        assertOneReadableLine(refused);
        assertThat(refused.err()).contains("cannot be negative", "Nothing changed.", "ordo stock show ZZ-CLI-1");
        assertThat(shown.out()).contains("On hand:    7", "Available:  7");
        JsonNode movements = jsonOf(ledger).get("items");
        assertThat(movements.findValuesAsText("reason")).containsExactly("stock-take", "delivery 4711");
        assertThat(movements.findValuesAsText("actor")).containsOnly("admin");
    }

    @Test
    @Order(22)
    void reconcile_finds_every_level_in_agreement_with_its_ledger() {
        Cli.Result result = cli().run("stock", "reconcile");

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).startsWith("All ").endsWith(" stock levels agree with their ledgers.\n");
    }

    @Test
    @Order(23)
    void products_stock_and_orders_are_exported_to_files_and_a_product_export_imports_again() throws IOException {
        Path products = home.resolve("products.csv");
        Path stock = home.resolve("stock.json");
        Path orders = home.resolve("orders.csv");

        assertThat(cli().run("products", "export", "--file", products.toString()).exitCode()).isZero();
        assertThat(cli().run("stock", "export", "--file", stock.toString()).exitCode()).isZero();
        Cli.Result ordersOut = cli().run("orders", "export", "--file", orders.toString());

        assertThat(ordersOut.exitCode()).as(ordersOut.err()).isZero();
        assertThat(Files.readAllLines(products)).contains("ZZ-CLI-1,Desk fan,,24.90,EUR,true,3");
        assertThat(json.readTree(stock.toFile()).findValuesAsText("sku")).contains("KB-001", "ZZ-CLI-1");
        assertThat(Files.readString(orders)).contains(toShip.toString(), toCancel.toString());
        Cli.Result again = cli().run("products", "import", products.toString(), "--dry-run");
        assertThat(again.exitCode()).as(again.out()).isZero();
        assertThat(again.out()).contains(" 0 bad. Nothing was imported.");
    }

    @Test
    @Order(30)
    void the_first_characters_of_an_id_find_the_order_on_the_real_server() {
        Cli.Result result = cli().run("orders", "history", toShip.toString().substring(0, 8));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Order " + toShip + " is ");
    }

    @Test
    @Order(31)
    void logout_ends_the_session_on_the_server_and_then_commands_say_not_signed_in() throws IOException {
        String refreshToken = json.readTree(home.resolve("ordo").resolve("session.json").toFile())
                .get("refreshToken").asText();

        Cli.Result loggedOut = cli().run("logout");
        Cli.Result after = cli().run("orders", "list");
        OrdoClient stolen = OrdoClient.connect(ServerConfig.of(RunningStack.server()));
        stolen.resumeSession(new io.ordo.client.SessionTokens(
                new io.ordo.client.AccessToken("expired", java.time.Instant.EPOCH), refreshToken));

        assertThat(loggedOut.exitCode()).as(loggedOut.err()).isZero();
        assertThat(loggedOut.err()).isEmpty();
        assertThat(after.exitCode()).isEqualTo(3);
        assertThat(after.err()).contains("Not signed in");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                io.ordo.client.ApiException.class, () -> stolen.orders(io.ordo.client.OrderQuery.all())).kind())
                .as("the refresh token was revoked on the server").isEqualTo(io.ordo.client.ErrorKind.AUTHENTICATION);
        cli().withStdin(RunningStack.credentials().adminPassword() + "\n")
                .run("login", "--server", RunningStack.server().toString(), "-u", "admin", "--password-stdin");
    }

    @Test
    @Order(99)
    void a_stopped_server_exits_7_and_says_which_server_to_check() throws IOException {
        RunningStack.liberty().stop();

        Cli.Result result = cli().run("orders", "list");

        assertThat(result.exitCode()).isEqualTo(7);
        assertOneReadableLine(result);
        assertThat(result.err()).contains("Cannot reach " + RunningStack.server(), "Is the server running?");
    }
}
