package io.ordo.console;

import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the real application as a person would: type credentials on the sign-in screen, press
 * Sign in, see the orders. Headless (Monocle), so it runs where there is no display.
 */
class SignInToOrdersUiTest {

    /** Generous: the machines these run on are shared, and a busy one answers slowly. */
    private static final long WAIT_SECONDS = 30;

    private final StubServer server = StubServer.start()
            .acceptPassword("alice", "s3cret", "jwt-alice")
            .respond("GET", "/api/v1/orders", StubResponse.fixture("orders-page.json"))
            .respond("GET", "/api/v1/orders/3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10", StubResponse.fixture("order.json"));
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Application console;

    @BeforeEach
    void startConsole() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(window -> {   // the size the console opens at, whatever earlier tests left
            window.setWidth(1280);
            window.setHeight(800);
        });
        console = FxToolkit.setupApplication(OrdoConsole.class, "--server=" + server.baseUri());
    }

    @AfterEach
    void stopConsole() throws Exception {
        FxToolkit.cleanupApplication(console);
        server.close();
    }

    @Test
    void signing_in_shows_the_orders_of_the_server() throws Exception {
        robot.clickOn("#usernameField").write("alice");
        robot.clickOn("#passwordField").write("s3cret");
        robot.clickOn("#signInButton");

        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup(cellShowing("Ada Lovelace")).tryQuery().isPresent()
                && robot.lookup(cellShowing("119.70 EUR")).tryQuery().isPresent()
                && robot.lookup(badgeShowing("PAID")).tryQuery().isPresent());
        assertThat(robot.lookup("#nav-dead-letters").tryQuery()).as("admins only").isEmpty();
        assertThat(stage.getTitle()).isEqualTo("Ordo: alice at " + server.baseUri());
        assertThat(server.requests("/api/v1/orders").get(0).header("Authorization")).contains("Bearer jwt-alice");
    }

    @Test
    void selecting_an_order_shows_its_timeline_and_the_actions_legal_now() throws Exception {
        robot.clickOn("#usernameField").write("alice");
        robot.clickOn("#passwordField").write("s3cret");
        robot.clickOn("#signInButton");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup(cellShowing("Ada Lovelace")).tryQuery().isPresent());

        Clicks.clickOn(robot, cellShowing("Ada Lovelace"), Duration.ofSeconds(WAIT_SECONDS));

        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup(labelShowing("RESERVED → PAID")).tryQuery().isPresent());
        assertThat(robot.lookup("#cancelButton").query().isVisible()).isTrue();
        assertThat(robot.lookup("#shipButton").query().isVisible()).isTrue();
        assertThat(robot.lookup("#retryButton").query().isVisible()).as("not legal for a paid order").isFalse();
        robot.clickOn("#shipButton");
        assertThat(robot.lookup("#confirmButton").query().isDisabled()).as("carrier and tracking first").isTrue();
        assertThat(server.requests()).noneMatch(request -> request.path().endsWith("/ship"));
    }

    @Test
    void when_the_server_ends_the_session_the_console_asks_to_sign_in_again_keeping_the_username() throws Exception {
        robot.clickOn("#usernameField").write("alice");
        robot.clickOn("#passwordField").write("s3cret");
        robot.clickOn("#signInButton");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup(cellShowing("Ada Lovelace")).tryQuery().isPresent());

        server.respond("GET", "/api/v1/orders", StubResponse.problem(401,
                "{\"type\":\"https://ordo.dev/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401}"));
        robot.type(javafx.scene.input.KeyCode.F5);

        // The screen changes and then says why, in one step on the UI thread: wait for the words.
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup(labelStarting("Your session has ended"))
                .tryQuery().isPresent());
        assertThat(robot.lookup("#usernameField").queryTextInputControl().getText()).isEqualTo("alice");
        assertThat(robot.lookup("#passwordField").queryTextInputControl().getText()).isEmpty();
    }

    @Test
    void after_a_wrong_password_the_cursor_is_in_the_cleared_password_field_not_the_server_field() throws Exception {
        robot.clickOn("#usernameField").write("alice");
        robot.clickOn("#passwordField").write("guess");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> shows(labelShowing("Wrong username or password.")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#passwordField").queryTextInputControl().isFocused()).isTrue();
        assertThat(robot.lookup("#passwordField").queryTextInputControl().getText()).isEmpty();
        robot.write("s3cret");
        assertThat(robot.lookup("#passwordField").queryTextInputControl().getText()).isEqualTo("s3cret");
        assertThat(robot.lookup("#serverField").queryTextInputControl().getText()).isEqualTo(server.baseUri().toString());
    }

    /** Whether {@code what} is on screen; false while the screen changes under the lookup (it runs off the UI thread). */
    private boolean shows(Predicate<Node> what) {
        try {
            return robot.lookup(what).tryQuery().isPresent();
        } catch (RuntimeException changingMeanwhile) {
            return false;
        }
    }

    private static Predicate<Node> labelStarting(String text) {
        return node -> node instanceof Label label && label.getText() != null && label.getText().startsWith(text);
    }

    private static Predicate<Node> labelShowing(String text) {
        return node -> node instanceof Label label && text.equals(label.getText());
    }

    private static Predicate<Node> badgeShowing(String text) {
        return node -> node instanceof Label label && label.getStyleClass().contains("badge") && text.equals(label.getText());
    }

    private static Predicate<Node> cellShowing(String text) {
        return node -> node instanceof TableCell<?, ?> cell && text.equals(cell.getText());
    }
}
