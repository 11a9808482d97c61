package io.ordo.console;

import io.ordo.client.OrdoClient;
import io.ordo.client.ServerConfig;
import io.ordo.client.model.Customer;
import io.ordo.client.model.OrderStatus;
import io.ordo.client.model.PlaceOrderRequest;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real console, headless, against the real system over HTTPS: a storefront places orders
 * through the client; a staff member signs in on the sign-in screen, finds an order by its customer's name,
 * cancels it from the detail pane, and sees the board show it cancelled; a new order placed
 * meanwhile appears on the board without anyone pressing Refresh.
 */
class OrdoConsoleIT {

    private static final Duration PIPELINE = Duration.ofSeconds(60);
    private static final Duration SCREEN = Duration.ofSeconds(30);

    private static OrdoClient storefront;
    /** Unique to this run, so the search finds only this test's orders. */
    private static final String CUSTOMER = "Console Tester " + UUID.randomUUID().toString().substring(0, 8);

    private final FxRobot robot = new FxRobot();
    private Application console;

    @BeforeAll
    static void storefrontSignsIn() {
        storefront = OrdoClient.connect(ServerConfig.of(RunningStack.server()));
        storefront.loginWithClientCredentials(RunningStack.credentials().storefrontClientId(),
                RunningStack.credentials().storefrontSecret().toCharArray());
    }

    private static UUID place(String sku) {
        PlaceOrderRequest request = new PlaceOrderRequest(new Customer(CUSTOMER, "console-it@example.org", null, null),
                Currency.getInstance("EUR"), "tok_visa", List.of(new PlaceOrderRequest.Line(sku, 1)));
        return storefront.placeOrder(UUID.randomUUID().toString(), request).id();
    }

    private static void awaitStatus(UUID id, OrderStatus status) {
        await("order " + id + " to become " + status).atMost(PIPELINE).pollInterval(Duration.ofMillis(200))
                .until(() -> storefront.order(id), order -> order.status().equals(status));
    }

    @BeforeEach
    void startConsoleAndSignIn() throws Exception {
        FxToolkit.registerPrimaryStage();
        // Over HTTPS, as staff should: the dev stack's certificate is trusted through its trust store.
        console = FxToolkit.setupApplication(OrdoConsole.class, "--server=" + RunningStack.httpsServer(),
                "--truststore=" + RunningStack.trustStore());
        click("#usernameField").eraseText(20).write(RunningStack.credentials().staffUser());
        click("#passwordField").write(RunningStack.credentials().staffPassword());
        click("#signInButton");
        await("the order board").atMost(SCREEN).until(() -> robot.lookup("#searchField").tryQuery().isPresent());
    }

    @AfterEach
    void stopConsole() throws Exception {
        FxToolkit.cleanupApplication(console);
    }

    private void search(String text) {
        click("#searchField").eraseText(60).write(text).type(javafx.scene.input.KeyCode.ENTER);
    }

    @Test
    void staff_find_an_order_cancel_it_and_see_the_board_show_it_cancelled() {
        UUID order = place("KB-001");
        awaitStatus(order, OrderStatus.PAID);
        String number = order.toString().substring(0, 8);

        search(CUSTOMER);
        await("the order on the board").atMost(SCREEN).until(() -> cell(number).isPresent());
        Clicks.clickOn(robot, cellPredicate(number), SCREEN);
        await("its detail with Cancel offered").atMost(SCREEN)
                .until(() -> robot.lookup("#cancelButton").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(labelShowing("Order " + number)).isPresent();
        // The detail fills its timeline right after the header and actions.
        await("the timeline").atMost(SCREEN).until(() -> labelShowing("RESERVED → PAID").isPresent());

        click("#cancelButton");
        click("#reasonField").write("customer called to cancel");
        click("#confirmButton");

        await("the server's answer").atMost(SCREEN).until(() -> labelStartingWith("Order cancelled.").isPresent());
        await("the board to show it cancelled").atMost(SCREEN).until(() -> statusOnBoard(number).equals("CANCELLED"));
        assertThat(storefront.order(order).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(storefront.order(order).history()).last()
                .satisfies(change -> assertThat(change.reason()).contains("customer called to cancel"));
    }

    @Test
    void a_new_order_appears_on_the_board_without_a_refresh() {
        search(CUSTOMER);
        await("the search to be applied").atMost(SCREEN)
                .until(() -> robot.lookup("#lastUpdatedLabel").queryAs(Label.class).getText().startsWith("Updated"));

        UUID order = place("MS-002");
        String number = order.toString().substring(0, 8);

        await("the live board to show the new order").atMost(SCREEN).until(() -> cell(number).isPresent());
    }

    @Test
    void staff_adjust_stock_with_a_reason_and_only_admins_get_the_admin_screens() {
        assertThat(robot.lookup("#nav-users").tryQuery()).as("staff are not offered users").isEmpty();
        navigate("#nav-stock");
        await("the stock levels").atMost(SCREEN).until(() -> cell("KB-001").isPresent());
        Clicks.clickOn(robot, cellPredicate("KB-001"), SCREEN);
        await("the keyboard's ledger").atMost(SCREEN).until(() -> labelStartingWith("On hand ").isPresent());
        click("#adjustChange").write("+5");
        click("#adjustReason").write("found a pallet");
        click("#adjustButton");
        click("#confirmAdjustButton");
        await("the adjustment answered").atMost(SCREEN).until(() -> labelStartingWith("Adjusted KB-001 by +5").isPresent());
        await("the ledger to show it").atMost(SCREEN).until(() -> cell("found a pallet").isPresent());

        click("#signOutButton");
        click("#usernameField").eraseText(20).write(RunningStack.credentials().adminUser());
        click("#passwordField").write(RunningStack.credentials().adminPassword());
        click("#signInButton");
        await("the admin's navigation").atMost(SCREEN).until(() -> robot.lookup("#nav-users").tryQuery().isPresent());
        navigate("#nav-users");
        await("the users").atMost(SCREEN).until(() -> cell(RunningStack.credentials().staffUser()).isPresent());
        navigate("#nav-reports");
        await("orders per status").atMost(SCREEN).until(() -> robot.lookup("#statusTable").tryQuery()
                .map(table -> !((javafx.scene.control.TableView<?>) table).getItems().isEmpty()).orElse(false));
    }

    private FxRobot click(String id) {
        Clicks.clickOn(robot, id, SCREEN);
        return robot;
    }

    private void navigate(String id) {
        Clicks.clickOn(robot, id, SCREEN);
    }

    private Optional<Node> cell(String text) {
        return robot.lookup(cellPredicate(text)).tryQuery();
    }

    private static Predicate<Node> cellPredicate(String text) {
        return node -> node instanceof TableCell<?, ?> cell && text.equals(cell.getText());
    }

    /** The status badge in the board row of the order numbered {@code number}. */
    private String statusOnBoard(String number) {
        return cell(number).map(node -> ((TableCell<?, ?>) node).getTableRow())
                .flatMap(row -> robot.from((TableRow<?>) row).lookup(".badge").tryQuery())
                .map(badge -> ((Label) badge).getText()).orElse("");
    }

    private Optional<Node> labelShowing(String text) {
        return robot.lookup((Predicate<Node>) node -> node instanceof Label label && text.equals(label.getText()))
                .tryQuery();
    }

    private Optional<Node> labelStartingWith(String text) {
        return robot.lookup((Predicate<Node>) node -> node instanceof Label label && label.getText() != null
                && label.getText().startsWith(text)).tryQuery();
    }
}
