package io.ordo.console.orderdetail;

import io.ordo.client.OrdoClient;
import io.ordo.client.ServerConfig;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import io.ordo.console.common.Background;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The order detail driven from the keyboard only: each shortcut opens its confirm bar ready to type in. */
class OrderDetailKeyboardUiTest {

    private static final UUID ID = UUID.fromString("3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10");

    private final StubServer server = StubServer.start().respond("GET", "/api/v1/orders/" + ID,
            StubResponse.json(200, StubResponse.fixture("order.json").body()
                    .replace("\"actions\": [\"cancel\", \"ship\"]", "\"actions\": [\"cancel\", \"retry\", \"ship\"]")));
    private final FxRobot robot = new FxRobot();
    private OrderDetailViewModel viewModel;

    @BeforeEach
    void showOrder() throws Exception {
        FxToolkit.registerPrimaryStage();
        OrdoClient client = OrdoClient.connect(ServerConfig.of(server.baseUri()));
        viewModel = new OrderDetailViewModel(client, new Background(Executors.newSingleThreadExecutor(), Platform::runLater),
                ZoneOffset.UTC, true);
        FxToolkit.setupSceneRoot(() -> OrderDetailView.load(viewModel));
        FxToolkit.showStage();
        Platform.runLater(() -> viewModel.show(ID));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.orderProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        server.close();
    }

    @ParameterizedTest(name = "Alt+{0} focuses {1}")
    @CsvSource({"R, #reasonField", "C, #reasonField", "H, #carrierField"})
    void a_shortcut_opens_the_confirm_bar_with_the_cursor_in_its_first_field(KeyCode key, String field) throws Exception {
        robot.press(KeyCode.ALT).press(key).release(key).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("typed at once");
        WaitForAsyncUtils.waitForFxEvents();

        TextField typedIn = robot.lookup(field).queryAs(TextField.class);
        assertThat(viewModel.pendingActionProperty().get()).isNotNull();
        assertThat(typedIn.isFocused()).isTrue();
        assertThat(typedIn.getText()).isEqualTo("typed at once");
    }
}
