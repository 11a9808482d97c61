package io.ordo.console.orders;

import io.ordo.client.OrderQuery;
import io.ordo.client.OrdoClient;
import io.ordo.client.ServerConfig;
import io.ordo.client.model.OrderStatus;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import io.ordo.console.ManualExecutor;
import io.ordo.console.common.Background;
import io.ordo.console.common.Settings;
import io.ordo.console.common.StatusTone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

/** The order board's behaviour, without the JavaFX toolkit, against a local stub server. */
class OrdersViewModelTest {

    private final StubServer server = StubServer.start();
    private final ManualExecutor io = new ManualExecutor();
    private final Executor ui = Runnable::run;
    private final Settings settings = Settings.inMemory();
    private final List<String> sessionEnds = new ArrayList<>();
    private final OrdoClient client = OrdoClient.connect(ServerConfig.of(server.baseUri()));
    private final Clock clock = Clock.fixed(Instant.parse("2025-03-03T10:15:30Z"), ZoneOffset.UTC);
    private OrdersViewModel viewModel = newViewModel();

    private OrdersViewModel newViewModel() {
        return new OrdersViewModel(client, new Background(io, ui, () -> sessionEnds.add("ended")), ZoneOffset.UTC,
                settings, clock);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void serveTwoPagesOfOrders() {
        server.respond("GET", "/api/v1/orders", request -> StubResponse.fixture(
                request.query().containsKey("cursor") ? "orders-page-2.json" : "orders-page.json"));
    }

    private static final Instant TEN = Instant.parse("2025-03-03T10:00:00Z");

    /** A page of orders "n:STATUS" created n minutes after 10:00, newest first as the server lists them. */
    private static StubResponse page(String cursor, String... orders) {
        StringJoiner items = new StringJoiner(",");
        for (String order : orders) {
            String[] parts = order.split(":");
            int n = Integer.parseInt(parts[0]);
            items.add("{\"id\":\"00000000-0000-4000-8000-%012d\",\"status\":\"%s\",\"paymentStatus\":\"NONE\",".formatted(n, parts[1])
                    + "\"customerName\":\"Customer " + n + "\",\"total\":{\"amount\":\"" + n + ".00\",\"currency\":\"EUR\"},"
                    + "\"createdAt\":\"%s\",\"updatedAt\":\"%<s\"}".formatted(TEN.plusSeconds(60L * n)));
        }
        return StubResponse.json(200, "{\"items\":[" + items + "],\"nextCursor\":"
                + (cursor == null ? "null" : "\"" + cursor + "\"") + "}");
    }

    @Test
    void refresh_shows_the_orders_with_badge_payment_customer_total_and_times() {
        serveTwoPagesOfOrders();

        viewModel.refresh();
        io.runAll();

        assertThat(viewModel.orders()).hasSize(2);
        OrderRow first = viewModel.orders().get(0);
        assertThat(first.number()).isEqualTo("3f2a1c9e");
        assertThat(first.status()).isEqualTo("PAID");
        assertThat(first.tone()).isEqualTo(StatusTone.ACCENT);
        assertThat(viewModel.orders().get(1).tone()).isEqualTo(StatusTone.DANGER);
        assertThat(first.payment()).isEqualTo("CAPTURED");
        assertThat(first.customer()).isEqualTo("Ada Lovelace");
        assertThat(first.total()).isEqualTo("119.70 EUR");
        assertThat(first.created()).as("to the second").isEqualTo("2025-03-01 14:05:12");
        assertThat(viewModel.hasMoreProperty().get()).isTrue();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.lastUpdatedProperty().get()).isEqualTo("Updated 10:15:30");
    }

    @Test
    void nothing_is_sent_on_the_ui_thread() {
        serveTwoPagesOfOrders();

        viewModel.refresh();

        assertThat(viewModel.busyProperty().get()).isTrue();
        assertThat(server.requests()).isEmpty();
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
    void search_sends_text_customer_and_whole_days_of_the_date_range() {
        serveTwoPagesOfOrders();
        viewModel.searchTextProperty().set("  lovelace ");
        viewModel.customerFilterProperty().set("ada@example.org");
        viewModel.fromDateProperty().set(LocalDate.parse("2025-03-01"));
        viewModel.toDateProperty().set(LocalDate.parse("2025-03-02"));
        io.runAll();

        viewModel.search();
        io.runAll();

        assertThat(server.requests("/api/v1/orders").get(server.requests("/api/v1/orders").size() - 1).query())
                .containsEntry("q", "lovelace")
                .containsEntry("customer", "ada@example.org")
                .containsEntry("from", "2025-03-01T00:00:00Z")
                .containsEntry("to", "2025-03-03T00:00:00Z");
    }

    @Test
    void a_date_range_that_ends_before_it_starts_is_explained_and_not_sent() {
        viewModel.fromDateProperty().set(LocalDate.parse("2025-03-05"));
        viewModel.toDateProperty().set(LocalDate.parse("2025-03-01"));
        io.runAll();

        assertThat(viewModel.errorMessageProperty().get()).contains("'from' date is after the 'to' date");
        assertThat(server.requests("/api/v1/orders")).hasSize(1);   // only the from date alone was asked
    }

    @Test
    void a_customer_filter_that_is_not_an_email_points_to_search() {
        viewModel.customerFilterProperty().set("Ada");

        viewModel.search();

        assertThat(io.pendingCount()).isZero();
        assertThat(viewModel.errorMessageProperty().get()).contains("full email address", "Search");
    }

    @Test
    void filters_are_remembered_for_the_next_run() {
        serveTwoPagesOfOrders();
        viewModel.statusFilterProperty().set(OrderStatus.FAILED);
        viewModel.searchTextProperty().set("hopper");
        viewModel.fromDateProperty().set(LocalDate.parse("2025-02-01"));
        viewModel.search();
        io.runAll();

        OrdersViewModel nextRun = newViewModel();

        assertThat(nextRun.statusFilterProperty().get()).isEqualTo(OrderStatus.FAILED);
        assertThat(nextRun.searchTextProperty().get()).isEqualTo("hopper");
        assertThat(nextRun.fromDateProperty().get()).isEqualTo(LocalDate.parse("2025-02-01"));
        assertThat(nextRun.toDateProperty().get()).isNull();
    }

    @Test
    void clear_filters_shows_every_order_again() {
        serveTwoPagesOfOrders();
        viewModel.statusFilterProperty().set(OrderStatus.FAILED);
        viewModel.searchTextProperty().set("hopper");
        io.runAll();

        viewModel.clearFilters();
        io.runAll();

        assertThat(server.requests("/api/v1/orders").get(server.requests("/api/v1/orders").size() - 1).query())
                .doesNotContainKeys("status", "q", "customer", "from", "to");
        assertThat(settings.get("orders.status")).isEmpty();
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
    void a_poll_puts_new_orders_on_top_and_updates_changed_ones_in_place() {
        server.respond("GET", "/api/v1/orders", page(null, "3:PAID", "2:RESERVED", "1:CREATED"));
        viewModel.refresh();
        io.runAll();
        server.respond("GET", "/api/v1/orders", page(null, "4:CREATED", "3:SHIPPED", "2:RESERVED", "1:CANCELLED"));

        viewModel.pollForChanges();
        io.runAll();

        assertThat(viewModel.orders()).extracting(OrderRow::customer, OrderRow::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Customer 4", "CREATED"),
                org.assertj.core.groups.Tuple.tuple("Customer 3", "SHIPPED"),
                org.assertj.core.groups.Tuple.tuple("Customer 2", "RESERVED"),
                org.assertj.core.groups.Tuple.tuple("Customer 1", "CANCELLED"));
    }

    @Test
    void a_poll_keeps_the_pages_read_beyond_the_first_and_drops_orders_that_left_the_filter() {
        String[] firstPage = new String[50];
        for (int i = 0; i < 50; i++) {
            firstPage[i] = (59 - i) + ":PAID";   // 59 .. 10
        }
        server.respond("GET", "/api/v1/orders", request -> request.query().containsKey("cursor")
                ? page(null, "9:PAID", "8:PAID") : page("c-10", firstPage));
        viewModel.statusFilterProperty().set(OrderStatus.PAID);
        io.runAll();
        viewModel.loadMore();
        io.runAll();
        // order 59 was shipped: it left the PAID filter; 60 was paid meanwhile
        String[] newest = new String[50];
        newest[0] = "60:PAID";
        for (int i = 1; i < 50; i++) {
            newest[i] = (59 - i) + ":PAID";   // 58 .. 10
        }
        server.respond("GET", "/api/v1/orders", page("c-10", newest));

        viewModel.pollForChanges();
        io.runAll();

        assertThat(viewModel.orders()).hasSize(52);
        assertThat(viewModel.orders().get(0).customer()).isEqualTo("Customer 60");
        assertThat(viewModel.orders()).extracting(OrderRow::customer).doesNotContain("Customer 59")
                .endsWith("Customer 10", "Customer 9", "Customer 8");
        assertThat(viewModel.hasMoreProperty().get()).isFalse();
    }

    @Test
    void no_poll_is_sent_while_live_mode_is_off() {
        serveTwoPagesOfOrders();
        viewModel.refresh();
        io.runAll();
        viewModel.liveProperty().set(false);

        viewModel.pollForChanges();

        assertThat(io.pendingCount()).isZero();
    }

    @Test
    void a_poll_overtaken_by_a_new_search_is_dropped() {
        server.respond("GET", "/api/v1/orders", page(null, "1:CREATED"));
        viewModel.refresh();
        io.runAll();
        viewModel.pollForChanges();
        server.respond("GET", "/api/v1/orders", request -> "FAILED".equals(request.query().get("status"))
                ? page(null, "2:FAILED") : page(null, "3:CREATED", "1:CREATED"));

        viewModel.statusFilterProperty().set(OrderStatus.FAILED);
        io.runAll();

        assertThat(viewModel.orders()).extracting(OrderRow::status).containsExactly("FAILED");
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
        assertThat(sessionEnds).isEmpty();
    }

    @Test
    void an_expired_session_says_to_sign_in_again_and_ends_the_session() {
        server.respond("GET", "/api/v1/orders", StubResponse.problem(401,
                "{\"type\":\"https://ordo.dev/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401}"));

        viewModel.refresh();
        io.runAll();

        assertThat(viewModel.errorMessageProperty().get()).isEqualTo("Your session has expired. Sign in again.");
        assertThat(sessionEnds).containsExactly("ended");
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
