package io.ordo.console.stuck;

import io.ordo.client.OrdoClient;
import io.ordo.client.ServerConfig;
import io.ordo.client.model.OrderStatus;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import io.ordo.console.ManualExecutor;
import io.ordo.console.common.Background;
import io.ordo.console.common.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The stuck orders' behaviour, without the JavaFX toolkit, against a local stub server. */
class StuckOrdersViewModelTest {

    private static final String STUCK = "/api/v1/reports/orders/stuck";

    private final StubServer server = StubServer.start().respond("GET", STUCK, request -> StubResponse.fixture(
            request.query().containsKey("cursor") ? "report-stuck-page-2.json" : "report-stuck-page-1.json"));
    private final ManualExecutor io = new ManualExecutor();
    private final Settings settings = Settings.inMemory();
    /** The RESERVED order entered its state at 10:00 on 1 March, the PAID one at 07:00 on 2 March. */
    private final Clock now = Clock.fixed(Instant.parse("2025-03-02T08:15:00Z"), ZoneOffset.UTC);

    private StuckOrdersViewModel viewModel() {
        return new StuckOrdersViewModel(OrdoClient.connect(ServerConfig.of(server.baseUri())),
                new Background(io, Runnable::run), ZoneOffset.UTC, settings, now);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void orders_past_the_threshold_of_their_state_are_listed_most_urgent_first() {
        StuckOrdersViewModel viewModel = viewModel();
        viewModel.thresholdMinutesProperty(OrderStatus.PAID).set(30);

        viewModel.refresh();
        io.runAll();

        assertThat(server.requests(STUCK)).hasSize(2);   // every page read
        assertThat(viewModel.orders()).extracting(StuckRow::status).containsExactly("RESERVED", "PAID");
        StuckRow reserved = viewModel.orders().get(0);
        assertThat(reserved.inStatus()).isEqualTo("22 h 15 min");
        assertThat(reserved.threshold()).isEqualTo("15 min");
        assertThat(reserved.overdue()).isEqualTo("89.0×");
        assertThat(viewModel.orders().get(1).overdue()).isEqualTo("2.5×");
        assertThat(viewModel.summaryProperty().get()).startsWith("2 orders are past the threshold");
    }

    @Test
    void an_order_within_its_threshold_is_left_out_unless_all_are_asked_for() {
        StuckOrdersViewModel viewModel = viewModel();   // PAID: a day by default
        viewModel.refresh();
        io.runAll();

        assertThat(viewModel.orders()).extracting(StuckRow::status).containsExactly("RESERVED");
        viewModel.showAllProperty().set(true);
        assertThat(viewModel.orders()).extracting(StuckRow::status).containsExactly("RESERVED", "PAID");
    }

    @Test
    void changing_a_threshold_judges_again_at_once_and_is_remembered() {
        StuckOrdersViewModel viewModel = viewModel();
        viewModel.refresh();
        io.runAll();

        viewModel.thresholdMinutesProperty(OrderStatus.PAID).set(60);

        assertThat(viewModel.orders()).hasSize(2);
        assertThat(io.pendingCount()).as("no second request").isZero();
        assertThat(viewModel().thresholdMinutesProperty(OrderStatus.PAID).get()).isEqualTo(60);
    }

    @Test
    void a_server_that_cannot_answer_is_said_in_words() {
        server.respond("GET", STUCK, StubResponse.problem(503, "{\"status\":503,\"title\":\"x\"}"));
        StuckOrdersViewModel viewModel = viewModel();

        viewModel.refresh();
        io.runAll();

        assertThat(viewModel.errorMessageProperty().get()).contains("stuck orders", "cannot answer right now");
    }
}
