package io.ordo.console;

import io.ordo.client.OrdoClient;
import io.ordo.client.ServerConfig;
import io.ordo.client.model.Customer;
import io.ordo.client.model.OrderStatus;
import io.ordo.client.model.PlaceOrderRequest;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * Not a test: the screenshots in {@code docs/console/}, taken from the real console in a real
 * window (X virtual frame buffer) against the whole dev stack with a few orders in it. Run only
 * by the {@code screenshots} profile (see the README's console section).
 */
class ConsoleScreenshots {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static OrdoClient storefront;
    private static UUID paid;

    private final FxRobot robot = new FxRobot();
    private static Stage stage;
    private static Application console;

    @BeforeAll
    static void ordersAndConsole() throws Exception {
        storefront = OrdoClient.connect(ServerConfig.of(RunningStack.server()));
        storefront.loginWithClientCredentials(RunningStack.credentials().storefrontClientId(),
                RunningStack.credentials().storefrontSecret().toCharArray());
        place("Grace Hopper", "grace@example.org", "tok_visa", "MS-002", 1);
        place("Alan Turing", "alan@example.org", "tok_decline", "HB-012", 1);
        place("Katherine Johnson", "katherine@example.org", "tok_visa", "CB-011", 3);
        place("Bartholomew Featherstonehaugh-Cholmondeley", "bart@example.org", "tok_visa", "KB-001", 12);
        for (int n = 1; n <= 24; n++) {
            place("Customer " + n + " Fulfilment-Testing", "customer" + n + "@example.org",
                    n % 6 == 0 ? "tok_insufficient_funds" : "tok_visa", n % 2 == 0 ? "MS-002" : "CB-011", 1 + n % 3);
        }
        UUID failed = place("Edsger Dijkstra", "edsger@example.org", "tok_insufficient_funds", "KB-001", 1);
        paid = place("Ada Lovelace", "ada@example.org", "tok_visa", "KB-001", 2);
        for (UUID id : List.of(paid, failed)) {
            await().atMost(WAIT).until(() -> storefront.order(id).status(),
                    status -> status.equals(OrderStatus.PAID) || status.equals(OrderStatus.FAILED));
        }
        stage = FxToolkit.registerPrimaryStage();
        console = FxToolkit.setupApplication(OrdoConsole.class, "--server=" + RunningStack.httpsServer(),
                "--truststore=" + RunningStack.trustStore());
        FxToolkit.setupStage(window -> {
            window.setWidth(1280);
            window.setHeight(800);
        });
    }

    @AfterAll
    static void closeConsole() throws Exception {
        FxToolkit.cleanupApplication(console);
    }

    private static UUID place(String name, String email, String paymentMethod, String sku, int quantity) {
        PlaceOrderRequest request = new PlaceOrderRequest(new Customer(name, email, "+44 20 7946 0000", "1 Main Street"),
                Currency.getInstance("EUR"), paymentMethod, List.of(new PlaceOrderRequest.Line(sku, quantity)));
        return storefront.placeOrder(UUID.randomUUID().toString(), request).id();
    }

    @Test
    void take_the_screenshots() throws Exception {
        click("#usernameField").eraseText(20).write(RunningStack.credentials().adminUser());
        shoot("sign-in");

        click("#passwordField").write(RunningStack.credentials().adminPassword());
        click("#signInButton");
        await().atMost(WAIT).until(() -> cell("Ada Lovelace").isPresent());
        String number = paid.toString().substring(0, 8);
        Clicks.clickOn(robot, node -> node instanceof TableCell<?, ?> cell && number.equals(cell.getText()), WAIT);
        await().atMost(WAIT).until(() -> label("RESERVED → PAID").isPresent());
        shoot("orders");

        click("#darkThemeToggle");
        shoot("orders-dark");
        click("#darkThemeToggle");

        click("#shipButton");
        click("#carrierField").write("DHL");
        click("#trackingField").write("JD014600006281");
        shoot("order-ship");

        navigate("#nav-stuck");
        click("#showAllCheck");
        await().atMost(WAIT).until(() -> !robot.lookup("#stuckTable").queryTableView().getItems().isEmpty());
        Clicks.clickOn(robot, node -> node instanceof TableCell<?, ?> cell && cell.getText() != null
                && cell.getText().endsWith("×"), WAIT);
        await().atMost(WAIT).until(() -> label("Placed: CREATED").isPresent());
        shoot("stuck-orders");

        navigate("#nav-stock");
        await().atMost(WAIT).until(() -> cell("KB-001").isPresent());
        Clicks.clickOn(robot, node -> node instanceof TableCell<?, ?> cell && "KB-001".equals(cell.getText()), WAIT);
        await().atMost(WAIT).until(() -> cell("RESERVED").isPresent());
        click("#adjustChange").write("-1");
        click("#adjustReason").write("stock-take");
        shoot("stock");

        navigate("#nav-reports");
        await().atMost(WAIT).until(() -> !robot.lookup("#salesTable").queryTableView().getItems().isEmpty());
        shoot("reports-sales");
        robot.clickOn("Orders per status");
        WaitForAsyncUtils.waitForFxEvents();
        shoot("reports-status");

        navigate("#nav-users");
        await().atMost(WAIT).until(() -> cell("staff").isPresent());
        click("#newAccountId").write("dana.fulfilment");
        click("#createAccountButton");
        await().atMost(WAIT).until(() -> !robot.lookup("#secretField").queryTextInputControl().getText().isEmpty());
        shoot("users");

        navigate("#nav-dead-letters");
        WaitForAsyncUtils.waitForFxEvents();
        shoot("dead-letters");
    }

    private FxRobot click(String id) {
        Clicks.clickOn(robot, id, WAIT);
        return robot;
    }

    private void navigate(String id) {
        Clicks.clickOn(robot, id, WAIT);
    }

    private Optional<Node> cell(String text) {
        return robot.lookup((Predicate<Node>) node -> node instanceof TableCell<?, ?> cell && text.equals(cell.getText()))
                .tryQuery();
    }

    private Optional<Node> label(String text) {
        return robot.lookup((Predicate<Node>) node -> node instanceof Label label && text.equals(label.getText()))
                .tryQuery();
    }

    /** Writes the window's scene as {@code docs/console/<name>.png}. */
    private static void shoot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Platform.runLater(() -> {
            Scene scene = stage.getScene();
            shot.complete(scene.snapshot(null));
        });
        WritableImage image = shot.get();
        Path folder = Path.of(System.getProperty("ordo.console.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        write(image, folder.resolve(name + ".png"));
    }

    private static void write(WritableImage image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", file.toFile());
    }
}
