package io.ordo.console.reports;

import atlantafx.base.theme.PrimerLight;
import io.ordo.client.OrdoClient;
import io.ordo.client.ServerConfig;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import io.ordo.console.common.Background;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.chart.PieChart;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports on the real screen, against a local stub server. */
class ReportsUiTest {

    private final StubServer server = StubServer.start()
            .respond("GET", "/api/v1/reports/sales", StubResponse.fixture("report-sales.json"))
            .respond("GET", "/api/v1/reports/sales/products", StubResponse.fixture("report-products.json"))
            .respond("GET", "/api/v1/reports/orders/status", StubResponse.fixture("report-status.json"))
            .respond("GET", "/api/v1/reports/payments", StubResponse.fixture("report-payments.json"));
    private final FxRobot robot = new FxRobot();
    private ReportsViewModel viewModel;

    @BeforeEach
    void showReports() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        viewModel = new ReportsViewModel(OrdoClient.connect(ServerConfig.of(server.baseUri())),
                new Background(Executors.newSingleThreadExecutor(), Platform::runLater), ZoneOffset.UTC);
        FxToolkit.setupSceneRoot(() -> ReportsView.load(viewModel));
        FxToolkit.setupStage(window -> {   // within Monocle's headless screen (1280x800)
            window.setWidth(1200);
            window.setHeight(760);
        });
        FxToolkit.showStage();
        Platform.runLater(viewModel::refresh);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !viewModel.statuses().isEmpty());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        server.close();
    }

    @Test
    void each_status_slice_has_the_colour_family_of_its_badge() throws Exception {
        robot.clickOn("Orders per status");
        WaitForAsyncUtils.waitForFxEvents();
        PieChart chart = robot.lookup("#statusChart").queryAs(PieChart.class);

        assertThat(chart.getData()).extracting(PieChart.Data::getName)
                .containsExactly("PAID (7)", "SHIPPED (40)", "ON_HOLD (1)");
        assertThat(hue(chart.getData().get(0).getNode())).as("paid is blue, as its badge").isBetween(190.0, 240.0);
        assertThat(hue(chart.getData().get(1).getNode())).as("shipped is green, as its badge").isBetween(90.0, 160.0);
        assertThat(hue(chart.getData().get(2).getNode())).as("on hold is amber, as its badge").isBetween(25.0, 60.0);
        assertThat(chart.isLegendVisible()).isFalse();
    }

    /** The hue of a slice's fill (the centre of its gradient). */
    private static double hue(javafx.scene.Node slice) {
        Paint fill = ((Region) slice).getBackground().getFills().get(0).getFill();
        Color colour = fill instanceof RadialGradient gradient ? gradient.getStops().get(0).getColor() : (Color) fill;
        return colour.getHue();
    }
}
