package io.ordo.console.stock;

import io.ordo.client.OrdoClient;
import io.ordo.client.ServerConfig;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import io.ordo.console.common.Background;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The stock adjustment filled in from the keyboard: Tab visits the fields in the order they are filled in. */
class StockKeyboardUiTest {

    private static final String LEVEL = "/api/v1/inventory/levels/KB-001";

    private final StubServer server = StubServer.start()
            .respond("GET", "/api/v1/inventory/levels", StubResponse.fixture("stock-levels-page.json"))
            .respond("GET", LEVEL, StubResponse.fixture("stock-level.json"))
            .respond("GET", LEVEL + "/ledger", StubResponse.fixture("stock-ledger-page.json"));
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        server.close();
    }

    @Test
    void tab_goes_from_the_change_to_the_reason_to_the_note_and_only_then_to_adjust() throws Exception {
        FxToolkit.registerPrimaryStage();
        OrdoClient client = OrdoClient.connect(ServerConfig.of(server.baseUri()));
        Background background = new Background(Executors.newSingleThreadExecutor(), Platform::runLater);
        ProductStockViewModel product = new ProductStockViewModel(client, background, ZoneOffset.UTC);
        FxToolkit.setupSceneRoot(() -> StockView.load(new StockViewModel(client, background, ZoneOffset.UTC), product));
        FxToolkit.setupStage(window -> {   // within Monocle's headless screen (1280x800)
            window.setWidth(1200);
            window.setHeight(760);
        });
        FxToolkit.showStage();
        Platform.runLater(() -> product.show("KB-001"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> product.levelProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#adjustChange").write("-2").type(KeyCode.TAB).write("breakage").type(KeyCode.TAB);

        assertThat(robot.lookup("#adjustNote").query().isFocused()).isTrue();
        robot.write("dropped by the courier").type(KeyCode.TAB);
        assertThat(robot.lookup("#adjustButton").query().isFocused()).isTrue();
        assertThat(product.noteProperty().get()).isEqualTo("dropped by the courier");
    }
}
