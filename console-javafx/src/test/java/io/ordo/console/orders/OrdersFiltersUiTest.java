package io.ordo.console.orders;

import io.ordo.client.OrdoClient;
import io.ordo.client.ServerConfig;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import io.ordo.console.common.Background;
import io.ordo.console.common.Settings;
import javafx.application.Platform;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The board's filters typed as a person types them, on the real screen. */
class OrdersFiltersUiTest {

    private final StubServer server = StubServer.start()
            .respond("GET", "/api/v1/orders", StubResponse.fixture("orders-page.json"));
    private final FxRobot robot = new FxRobot();
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private OrdersViewModel viewModel;

    @BeforeEach
    void showBoard() throws Exception {
        FxToolkit.registerPrimaryStage();
        OrdoClient client = OrdoClient.connect(ServerConfig.of(server.baseUri()));
        viewModel = new OrdersViewModel(client, new Background(Executors.newSingleThreadExecutor(), Platform::runLater),
                ZoneOffset.UTC, Settings.inMemory(), Clock.systemUTC());
        viewModel.liveProperty().set(false);
        FxToolkit.setupSceneRoot(() -> OrdersView.load(viewModel, new Pane(), id -> { }));
        FxToolkit.setupStage(window -> {   // within Monocle's headless screen (1280x800)
            window.setWidth(1200);
            window.setHeight(760);
        });
        FxToolkit.showStage();
        FxToolkit.setupFixture(() -> Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> uncaught.add(failure)));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.setupFixture(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
        FxToolkit.cleanupStages();
        server.close();
    }

    @Test
    void a_day_typed_as_the_tables_show_it_filters_the_board() throws Exception {
        robot.clickOn(robot.lookup("#fromPicker").queryAs(DatePicker.class).getEditor()).write("2026-12-08")
                .type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> server.requests("/api/v1/orders").stream()
                .anyMatch(request -> request.query().values().stream().anyMatch(value -> value.startsWith("2026-12-08"))));
        assertThat(viewModel.fromDateProperty().get()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(uncaught).isEmpty();
    }

    @Test
    void a_day_that_cannot_be_read_is_said_inline_and_changes_no_filter() throws Exception {
        DatePicker from = robot.lookup("#fromPicker").queryAs(DatePicker.class);
        robot.clickOn(from.getEditor()).write("2026-12-08").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(from.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("2026-13-45").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#dateErrorLabel").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("'2026-13-45' is not a day: type it as year-month-day, e.g. 2026-12-08.");
        assertThat(viewModel.fromDateProperty().get()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(uncaught).isEmpty();
    }
}
