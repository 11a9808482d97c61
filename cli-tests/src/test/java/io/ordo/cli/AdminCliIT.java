package io.ordo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ordo.client.ApiException;
import io.ordo.client.ErrorKind;
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
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * The admin and report commands, in-process, against the real system: an admin creates a staff
 * user who signs in, is disabled and refused, gets a new password; creates a storefront client
 * and rotates its secret; rotates the signing key; finds all of it in the audit log; and reads the
 * reports after a storefront placed an order. Each person has a config folder of their own, as on
 * their own machines. In order, because each step builds on the one before.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminCliIT {

    private static final Duration PIPELINE = Duration.ofSeconds(60);
    private static final String STAFF_USER = "it-staff-" + Long.toString(System.nanoTime() % 100_000, 36);
    private static final String SHOP = "it-shop-" + Long.toString(System.nanoTime() % 100_000, 36);

    @TempDir
    static Path folders;

    private static OrdoClient storefront;
    private static UUID placed;
    private static String staffPassword;
    private static String shopSecret;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void theAdminSignsInAndAStorefrontPlacesAnOrder() throws IOException {
        RunningStack.ensureServerRunning();
        Cli.Result login = admin().withStdin(RunningStack.credentials().adminPassword() + "\n")
                .run("login", "--server", RunningStack.server().toString(), "-u", "admin", "--password-stdin");
        assertThat(login.exitCode()).as(login.err()).isZero();
        storefront = OrdoClient.connect(ServerConfig.of(RunningStack.server()));
        storefront.loginWithClientCredentials(RunningStack.credentials().storefrontClientId(),
                RunningStack.credentials().storefrontSecret().toCharArray());
        PlaceOrderRequest request = new PlaceOrderRequest(new Customer("Grace Hopper", "grace@example.org", null, null),
                Currency.getInstance("EUR"), "tok_visa", List.of(new PlaceOrderRequest.Line("KB-001", 2)));
        placed = storefront.placeOrder(UUID.randomUUID().toString(), request).id();
    }

    /** The admin at their terminal, signed in to the test server. */
    private static Cli admin() {
        return Cli.in(folders.resolve("admin"));
    }

    /** The staff member at theirs, a different machine with a session of its own. */
    private static Cli staff() {
        return Cli.in(folders.resolve("staff")).withVariable("ORDO_SERVER", RunningStack.server().toString());
    }

    private static Cli.Result staffSignsIn(String password) {
        return staff().withStdin(password + "\n").run("login", "-u", STAFF_USER, "--password-stdin");
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
    void an_admin_creates_a_staff_user_whose_password_is_shown_once() throws IOException {
        JsonNode secret = jsonOf(admin().run("users", "create", STAFF_USER, "--role", "staff", "-o", "json"));
        staffPassword = secret.get("secret").asText();

        assertThat(secret.get("account").asText()).isEqualTo(STAFF_USER);
        assertThat(staffPassword).hasSizeGreaterThanOrEqualTo(12);
        Cli.Result list = admin().run("users", "list");
        assertThat(list.out()).containsPattern(STAFF_USER + " +staff +enabled ");
        assertThat(list.out()).doesNotContain(staffPassword);
    }

    @Test
    @Order(2)
    void the_new_user_signs_in_and_may_do_what_staff_may_but_not_what_admins_may() {
        Cli.Result login = staffSignsIn(staffPassword);
        Cli.Result reports = staff().run("reports", "status");
        Cli.Result users = staff().run("users", "list");

        assertThat(login.exitCode()).as(login.err()).isZero();
        assertThat(login.out()).contains("as " + STAFF_USER);
        assertThat(reports.exitCode()).as(reports.err()).isZero();
        assertThat(users.exitCode()).isEqualTo(3);
        assertOneReadableLine(users);
        assertThat(users.err()).contains("Ask an admin for the role");
    }

    @Test
    @Order(3)
    void a_taken_or_invalid_username_is_refused_and_creates_nobody() {
        Cli.Result taken = admin().run("users", "create", STAFF_USER, "--role", "staff");
        Cli.Result invalid = admin().run("users", "create", "Not A Name", "--role", "staff");
        Cli.Result unknownRole = admin().run("users", "create", "it-owner", "--role", "owner");

        assertThat(taken.exitCode()).isEqualTo(5);
        assertThat(taken.err()).contains("There is already a user " + STAFF_USER);
        assertThat(invalid.exitCode()).isEqualTo(6);
        assertOneReadableLine(invalid);
        assertThat(invalid.err()).contains("username", "lower-case");
        assertThat(unknownRole.exitCode()).isEqualTo(6);
        assertThat(unknownRole.err()).contains("roles must be one or both of");
        assertThat(admin().run("users", "list").out()).doesNotContain("Not A Name", "it-owner");
    }

    @Test
    @Order(4)
    void a_disabled_user_is_refused_at_sign_in_until_enabled_again() {
        Cli.Result unconfirmed = admin().run("users", "disable", STAFF_USER);
        assertThat(unconfirmed.exitCode()).isEqualTo(2);
        assertThat(staffSignsIn(staffPassword).exitCode()).as("nothing was done without --yes").isZero();

        Cli.Result disabled = admin().run("users", "disable", STAFF_USER, "--yes");
        Cli.Result refused = staffSignsIn(staffPassword);

        assertThat(disabled.exitCode()).as(disabled.err()).isZero();
        assertThat(disabled.out()).isEqualTo("Disabled user " + STAFF_USER + ": they can no longer sign in.\n");
        assertThat(admin().run("users", "list").out()).containsPattern(STAFF_USER + " +staff +disabled ");
        assertThat(refused.exitCode()).isEqualTo(3);
        assertOneReadableLine(refused);
        assertThat(refused.err()).contains("Sign-in to " + RunningStack.server() + " refused");

        assertThat(admin().run("users", "enable", STAFF_USER).exitCode()).isZero();
        assertThat(staffSignsIn(staffPassword).exitCode()).isZero();
    }

    @Test
    @Order(5)
    void a_reset_password_replaces_the_old_one() {
        Cli.Result reset = admin().run("users", "reset-password", STAFF_USER, "--yes");

        assertThat(reset.exitCode()).as(reset.err()).isZero();
        String newPassword = reset.out().lines().filter(line -> line.startsWith("  Password: ")).findFirst()
                .orElseThrow().substring("  Password: ".length());
        assertThat(staffSignsIn(staffPassword).exitCode()).isEqualTo(3);
        assertThat(staffSignsIn(newPassword).exitCode()).isZero();
        staffPassword = newPassword;
    }

    @Test
    @Order(6)
    void a_new_storefront_client_gets_tokens_with_its_secret() throws IOException {
        JsonNode secret = jsonOf(admin().run("clients", "create", SHOP, "--name", "Integration test shop", "-o", "json"));
        shopSecret = secret.get("secret").asText();

        OrdoClient shop = OrdoClient.connect(ServerConfig.of(RunningStack.server()));
        assertThat(shop.loginWithClientCredentials(SHOP, shopSecret.toCharArray()).value()).isNotBlank();
        assertThat(admin().run("clients", "list").out()).containsPattern(SHOP + " +Integration test shop +enabled ");
    }

    @Test
    @Order(7)
    void after_its_secret_is_rotated_the_old_one_is_refused() {
        Cli.Result rotated = admin().run("clients", "rotate-secret", SHOP, "--yes");

        assertThat(rotated.exitCode()).as(rotated.err()).isZero();
        String newSecret = rotated.out().lines().filter(line -> line.startsWith("  Secret: ")).findFirst()
                .orElseThrow().substring("  Secret: ".length());
        assertThat(newSecret).isNotEqualTo(shopSecret);
        OrdoClient shop = OrdoClient.connect(ServerConfig.of(RunningStack.server()));
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> shop.loginWithClientCredentials(SHOP, shopSecret.toCharArray()));
        assertThat(refused.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
        assertThat(shop.loginWithClientCredentials(SHOP, newSecret.toCharArray()).value()).isNotBlank();
    }

    @Test
    @Order(8)
    void a_disabled_client_gets_no_tokens() {
        Cli.Result disabled = admin().run("clients", "disable", SHOP, "--yes");

        assertThat(disabled.exitCode()).as(disabled.err()).isZero();
        assertThat(admin().run("clients", "list").out()).containsPattern(SHOP + " +Integration test shop +disabled ");
        Cli.Result unknown = admin().run("clients", "enable", "it-no-such-shop");
        assertThat(unknown.exitCode()).isEqualTo(4);
        assertThat(unknown.err()).contains("There is no storefront client it-no-such-shop");
    }

    @Test
    @Order(9)
    void after_a_key_rotation_sessions_keep_working_and_new_sign_ins_too() {
        Cli.Result rotated = admin().run("keys", "rotate", "--yes");

        assertThat(rotated.exitCode()).as(rotated.err()).isZero();
        assertThat(rotated.out()).startsWith("New tokens are signed with key ");
        assertThat(admin().run("users", "list").exitCode()).as("a token signed with the previous key").isZero();
        assertThat(staff().run("reports", "status").exitCode()).isZero();
        await("a sign-in after the rotation to be accepted").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    assertThat(staffSignsIn(staffPassword).exitCode()).isZero();
                    Cli.Result afterwards = staff().run("reports", "status");
                    assertThat(afterwards.exitCode()).as(afterwards.err()).isZero();
                });
    }

    @Test
    @Order(10)
    void the_audit_log_shows_what_the_admin_did() throws IOException {
        JsonNode entries = jsonOf(admin().run("audit", "list", "--actor", "admin", "--all", "-o", "json")).get("items");

        List<String> actions = new ArrayList<>();
        entries.forEach(entry -> actions.add(entry.get("action").asText() + " " + entry.path("target").asText("")));
        assertThat(actions).contains("AdminUserResource.create " + STAFF_USER, "AdminUserResource.disable " + STAFF_USER,
                "AdminUserResource.enable " + STAFF_USER, "AdminUserResource.resetPassword " + STAFF_USER,
                "AdminClientResource.create " + SHOP, "AdminClientResource.rotateSecret " + SHOP,
                "AdminClientResource.disable " + SHOP, "AdminKeyResource.rotate ");
        assertThat(actions).as("newest first").startsWith("AdminKeyResource.rotate ");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.get("actor").asText()).isEqualTo("admin"));

        Cli.Result page = admin().run("audit", "list", "--limit", "3");
        assertThat(page.out().lines().filter(line -> !line.startsWith("More: ")))
                .hasSize(4).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
        assertThat(page.out()).contains("key: rotate", "More: ordo audit list --limit 3 --cursor ");
    }

    @Test
    @Order(11)
    void roles_shows_what_the_server_enforces() {
        Cli.Result admin = admin().run("roles", "admin");
        Cli.Result storefrontRole = admin().run("roles", "storefront");
        Cli.Result staffRole = staff().run("roles", "staff");

        assertThat(admin.exitCode()).as(admin.err()).isZero();
        assertThat(admin.out()).contains("POST    /admin/users ", "POST    /admin/keys/rotate ");
        assertThat(storefrontRole.out()).contains("POST    /orders ").doesNotContain("/admin/");
        assertThat(staffRole.out()).contains("GET     /reports/sales ").doesNotContain("/admin/users");
        assertThat(admin.out().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
    }

    @Test
    @Order(12)
    void the_reports_count_the_order_once_it_is_paid() throws IOException {
        await("the order to be paid").atMost(PIPELINE).pollInterval(Duration.ofMillis(200))
                .until(() -> storefront.order(placed).status(), OrderStatus.PAID::equals);
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        await("the sales report to count it").atMost(PIPELINE).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonNode sales = jsonOf(admin().run("reports", "sales", "--from", today, "--to", today, "-o", "json"));
            assertThat(sales.get("rows")).anySatisfy(row -> {
                assertThat(row.get("currency").asText()).isEqualTo("EUR");
                assertThat(row.get("quantity").asLong()).isGreaterThanOrEqualTo(2);
            });
        });
        Cli.Result table = admin().run("reports", "sales", "--from", today, "--to", today);
        Cli.Result csv = admin().run("reports", "sales", "--from", today, "--to", today, "--output", "csv");
        Cli.Result products = admin().run("reports", "products", "--sku", "KB-001", "-o", "json");
        Cli.Result status = admin().run("reports", "status");
        Cli.Result stock = admin().run("reports", "stock");
        Cli.Result freshness = staff().run("reports", "freshness");

        assertThat(table.out()).contains(today + "  EUR").containsPattern("As of event \\d+ \\(");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out().lines().findFirst()).hasValueSatisfying(header -> assertThat(header).startsWith("day,"));
        assertThat(csv.out()).contains(today + ",EUR,").doesNotContain("As of");
        assertThat(json.readTree(products.out()).get("rows").findValuesAsText("sku")).containsOnly("KB-001");
        assertThat(status.out()).containsPattern("PAID +\\d+");
        assertThat(stock.out()).contains("KB-001");
        assertThat(freshness.out()).contains("Read models of generation ");
    }

    @Test
    @Order(13)
    void a_report_asked_for_the_wrong_way_exits_6_and_prints_nothing() {
        Cli.Result backwards = admin().run("reports", "sales", "--from", "2025-03-09", "--to", "2025-03-01", "-o", "csv");

        assertThat(backwards.exitCode()).isEqualTo(6);
        assertThat(backwards.out()).isEmpty();
        assertOneReadableLine(backwards);
        assertThat(backwards.err()).contains("from", "must not be after to");
    }

    @Test
    @Order(14)
    void a_rebuild_of_the_read_models_finishes_and_the_reports_still_count_the_order() throws IOException {
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        Cli.Result staffTries = staff().run("reports", "rebuild");
        Cli.Result rebuild = admin().run("reports", "rebuild", "--wait", "--timeout", "5m");

        assertThat(staffTries.exitCode()).as("admins only").isEqualTo(3);
        assertThat(rebuild.exitCode()).as(rebuild.err()).isZero();
        assertThat(rebuild.out()).contains("Status       LIVE");
        int generation = Integer.parseInt(rebuild.out().lines().filter(line -> line.startsWith("Generation"))
                .findFirst().orElseThrow().replaceAll("\\D", ""));
        assertThat(admin().run("reports", "rebuild-status", Integer.toString(generation)).out())
                .contains("Status       LIVE");
        assertThat(admin().run("reports", "freshness").out()).contains("Read models of generation " + generation);
        JsonNode sales = jsonOf(admin().run("reports", "sales", "--from", today, "--to", today, "-o", "json"));
        assertThat(sales.get("rows")).anySatisfy(row ->
                assertThat(row.get("quantity").asLong()).isGreaterThanOrEqualTo(2));
    }

    @Test
    @Order(15)
    void an_admin_erases_a_customer_whose_orders_stay_without_their_name() {
        String email = "erase-" + SHOP + "@example.org";
        PlaceOrderRequest request = new PlaceOrderRequest(new Customer("Ursula Unlisted", email, null, null),
                Currency.getInstance("EUR"), "tok_visa", List.of(new PlaceOrderRequest.Line("KB-001", 1)));
        UUID order = storefront.placeOrder(UUID.randomUUID().toString(), request).id();

        Cli.Result staffTries = staff().run("customers", "erase", email, "--yes");
        Cli.Result erased = admin().run("customers", "erase", email, "--yes");
        Cli.Result again = admin().run("customers", "erase", email, "--yes");

        assertThat(staffTries.exitCode()).as("admins only").isEqualTo(3);
        assertThat(erased.exitCode()).as(erased.err()).isZero();
        assertThat(erased.out()).startsWith("Erased: 1 order now shows the customer as erased (audit: customer ");
        assertThat(again.out()).startsWith("Nothing to erase");
        Cli.Result shown = admin().run("orders", "show", order.toString());
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out()).doesNotContain("Ursula", email);
    }
}
