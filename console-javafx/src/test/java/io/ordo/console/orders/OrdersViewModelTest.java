package io.ordo.console.orders;

import io.ordo.client.OrderQuery;
import io.ordo.client.OrdoClient;
import io.ordo.client.ServerConfig;
import io.ordo.client.model.OrderStatus;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import io.ordo.console.ManualExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

/** The orders screen's behaviour, without the JavaFX toolkit, against a local stub server. */
class OrdersViewModelTest {

    private final StubServer server = StubServer.start();
    private final ManualExecutor io = new ManualExecutor();
    private final Executor ui = Runnable::run;
    private final OrdersViewModel viewModel = new OrdersViewModel(
            OrdoClient.connect(ServerConfig.of(server.baseUri())), io, ui, ZoneOffset.UTC);

    @AfterEach
    void stop() {
        server.close();
    }

    private void serveTwoPagesOfOrders() {
        server.respond("GET", "/api/v1/orders", request -> StubResponse.fixture(
                request.query().containsKey("cursor") ? "orders-page-2.json" : "orders-page.json"));
    }

    @Test
    void refresh_shows_the_orders_with_status_customer_total_and_update_time() {
        serveTwoPagesOfOrders();

        viewModel.refresh();
        io.runAll();

        assertThat(viewModel.orders()).hasSize(2);
        OrderRow first = viewModel.orders().get(0);
        assertThat(first.status()).isEqualTo("PAID");
        assertThat(first.customer()).isEqualTo("Ada Lovelace");
        assertThat(first.total()).isEqualTo("119.70 EUR");
        assertThat(first.updated()).isEqualTo("2025-03-01 14:05");
        assertThat(viewModel.hasMoreProperty().get()).isTrue();
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void choosing_a_status_reloads_with_that_status_in_the_query() {
        serveTwoPagesOfOrders();

        viewModel.statusFilterProperty().set(OrderStatus.PAID);
        io.runAll();

        assertThat(viewModel.query()).isEqualTo(OrderQuery.all().withStatus(OrderStatus.PAID).withLimit(50));
        assertThat(server.requests("/api/v1/orders")).hasSize(1);
        assertThat(server.requests("/api/v1/orders").get(0).query())
                .containsEntry("status", "PAID").containsEntry("limit", "50");
    }

    @Test
    void choosing_all_statuses_again_drops_the_status_from_the_query() {
        serveTwoPagesOfOrders();
        viewModel.statusFilterProperty().set(OrderStatus.FAILED);

        viewModel.statusFilterProperty().set(null);
        io.runAll();

        assertThat(server.requests("/api/v1/orders").get(1).query()).doesNotContainKey("status");
    }

    @Test
    void load_more_appends_the_next_page_until_there_is_none() {
        serveTwoPagesOfOrders();
        viewModel.refresh();
        io.runAll();

        viewModel.loadMore();
        io.runAll();

        assertThat(viewModel.orders()).extracting(OrderRow::customer)
                .containsExactly("Ada Lovelace", "Bartholomew Featherstonehaugh-Cholmondeley", "Grace Hopper");
        assertThat(server.requests("/api/v1/orders").get(1).query()).containsEntry("cursor", "orders-cursor-2");
        assertThat(viewModel.hasMoreProperty().get()).isFalse();
    }

    @Test
    void an_answer_overtaken_by_a_newer_request_is_not_shown() {
        server.respond("GET", "/api/v1/orders", request -> StubResponse.fixture(
                "SHIPPED".equals(request.query().get("status")) ? "orders-page-2.json" : "orders-page.json"));
        viewModel.refresh();
        viewModel.statusFilterProperty().set(OrderStatus.SHIPPED);

        io.runLatest();
        io.runAll();

        assertThat(viewModel.orders()).extracting(OrderRow::status).containsExactly("SHIPPED");
    }

    @Test
    void a_server_that_is_down_keeps_the_orders_shown_and_says_to_refresh() {
        serveTwoPagesOfOrders();
        viewModel.refresh();
        io.runAll();
        server.respond("GET", "/api/v1/orders", StubResponse.problem(503,
                "{\"type\":\"https://ordo.dev/problems/unavailable\",\"title\":\"Unavailable\",\"status\":503}"));

        viewModel.refresh();
        io.runAll();

        assertThat(viewModel.orders()).hasSize(2);
        assertThat(viewModel.errorMessageProperty().get()).contains("may be out of date", "Refresh");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void a_forbidden_account_is_told_to_ask_for_the_staff_role() {
        server.respond("GET", "/api/v1/orders", StubResponse.problem(403,
                "{\"type\":\"https://ordo.dev/problems/forbidden\",\"title\":\"Forbidden\",\"status\":403}"));

        viewModel.refresh();
        io.runAll();

        assertThat(viewModel.errorMessageProperty().get())
                .isEqualTo("Your account may not see orders. Ask an admin for the staff role.");
    }

    @Test
    void an_expired_session_says_to_sign_in_again() {
        server.respond("GET", "/api/v1/orders", StubResponse.problem(401,
                "{\"type\":\"https://ordo.dev/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401}"));

        viewModel.refresh();
        io.runAll();

        assertThat(viewModel.errorMessageProperty().get()).isEqualTo("Your session has expired. Sign in again.");
    }

    @Test
    void a_successful_refresh_clears_an_earlier_error() {
        server.respond("GET", "/api/v1/orders", StubResponse.problem(503, "{\"status\":503,\"title\":\"x\"}"));
        viewModel.refresh();
        io.runAll();
        serveTwoPagesOfOrders();

        viewModel.refresh();
        io.runAll();

        assertThat(viewModel.errorMessageProperty().get()).isEmpty();
    }
}
