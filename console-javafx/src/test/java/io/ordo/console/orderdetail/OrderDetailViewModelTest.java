package io.ordo.console.orderdetail;

import io.ordo.client.OrdoClient;
import io.ordo.client.ServerConfig;
import io.ordo.client.model.Order;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import io.ordo.console.ManualExecutor;
import io.ordo.console.common.Background;
import io.ordo.console.common.StatusTone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The order detail's behaviour, without the JavaFX toolkit, against a local stub server. */
class OrderDetailViewModelTest {

    private static final UUID ID = UUID.fromString("3f2a1c9e-8d4b-4e2f-9a61-0b7c5d3e2f10");
    private static final String ORDER_PATH = "/api/v1/orders/" + ID;

    private final StubServer server = StubServer.start();
    private final ManualExecutor io = new ManualExecutor();
    private final OrdoClient client = OrdoClient.connect(ServerConfig.of(server.baseUri()));
    private final List<Order> changes = new ArrayList<>();
    private final OrderDetailViewModel viewModel = detail(true);

    private OrderDetailViewModel detail(boolean maySeePersonalData) {
        OrderDetailViewModel detail = new OrderDetailViewModel(client, new Background(io, Runnable::run),
                ZoneOffset.UTC, maySeePersonalData);
        detail.setOnChanged(changes::add);
        return detail;
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void showPaidOrder() {
        server.respond("GET", ORDER_PATH, StubResponse.fixture("order.json"));
        viewModel.show(ID);
        io.runAll();
    }

    @Test
    void an_order_shows_its_lines_totals_customer_payment_and_history_as_a_timeline() {
        showPaidOrder();

        assertThat(viewModel.titleProperty().get()).isEqualTo("Order 3f2a1c9e");
        assertThat(viewModel.statusProperty().get()).isEqualTo("PAID");
        assertThat(viewModel.toneProperty().get()).isEqualTo(StatusTone.ACCENT);
        assertThat(viewModel.paymentProperty().get()).isEqualTo("Payment CAPTURED");
        assertThat(viewModel.totalProperty().get()).isEqualTo("119.70 EUR");
        assertThat(viewModel.customerProperty().get())
                .isEqualTo("Ada Lovelace\nada@example.org\n+44 20 7946 0000\n12 St James's Square, London");
        assertThat(viewModel.lines()).extracting(LineRow::name, LineRow::quantity, LineRow::lineTotal)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mechanical keyboard", "2", "99.80 EUR"),
                        org.assertj.core.groups.Tuple.tuple("Wireless mouse", "1", "19.90 EUR"));
        assertThat(viewModel.timeline()).extracting(TimelineEntry::transition)
                .containsExactly("Placed: CREATED", "CREATED → VALIDATED", "VALIDATED → RESERVED", "RESERVED → PAID");
        assertThat(viewModel.timeline().get(3).actor()).isEqualTo("by system");
        assertThat(viewModel.timeline().get(3).reason()).isEqualTo("payment captured by the gateway");
        assertThat(viewModel.factsProperty().get()).startsWith("Placed 2025-03-01 14:05");
    }

    @Test
    void personal_data_is_hidden_from_roles_that_may_not_see_it() {
        server.respond("GET", ORDER_PATH, StubResponse.fixture("order.json"));
        OrderDetailViewModel forOthers = detail(false);

        forOthers.show(ID);
        io.runAll();

        assertThat(forOthers.customerProperty().get()).isEqualTo(OrderDetailViewModel.PERSONAL_DATA_HIDDEN)
                .doesNotContain("Ada", "example.org");
    }

    @Test
    void an_erased_customer_is_said_to_be_erased() {
        server.respond("GET", ORDER_PATH, StubResponse.json(200, StubResponse.fixture("order.json").body()
                .replaceAll("(?s)\"customer\": \\{.*?\\},\\s*\"currency\"", "\"customer\": null, \"currency\"")));

        viewModel.show(ID);
        io.runAll();

        assertThat(viewModel.customerProperty().get()).isEqualTo(OrderDetailViewModel.PERSONAL_DATA_ERASED);
    }

    @Test
    void only_the_actions_the_server_allows_now_are_offered() {
        showPaidOrder();

        assertThat(viewModel.legalActions()).containsExactly(OrderAction.CANCEL, OrderAction.SHIP);
        viewModel.begin(OrderAction.RETRY);
        assertThat(viewModel.pendingActionProperty().get()).isNull();
    }

    @Test
    void a_final_order_offers_no_action() {
        server.respond("GET", ORDER_PATH, StubResponse.fixture("order-shipped.json"));
        viewModel.show(ID);
        io.runAll();

        assertThat(viewModel.legalActions()).isEmpty();
        assertThat(viewModel.factsProperty().get()).contains("Shipped with");
    }

    @Test
    void cancelling_asks_first_and_sends_nothing_until_confirmed() {
        showPaidOrder();

        viewModel.begin(OrderAction.CANCEL);

        assertThat(viewModel.confirmationProperty().get())
                .isEqualTo("Cancel order 3f2a1c9e? It is paid: the payment is refunded and the stock returned.");
        assertThat(viewModel.canConfirmProperty().get()).isTrue();
        assertThat(io.pendingCount()).isZero();
        viewModel.dismiss();
        assertThat(viewModel.pendingActionProperty().get()).isNull();
        assertThat(server.requests(ORDER_PATH + "/cancel")).isEmpty();
    }

    @Test
    void a_confirmed_cancel_sends_the_version_read_and_the_reason_and_shows_the_answer() {
        showPaidOrder();
        server.respond("POST", ORDER_PATH + "/cancel", StubResponse.json(200,
                StubResponse.fixture("order.json").body().replace("\"status\": \"PAID\"", "\"status\": \"CANCELLED\"")
                        .replace("\"actions\": [\"cancel\", \"ship\"]", "\"actions\": []")));
        viewModel.begin(OrderAction.CANCEL);
        viewModel.reasonProperty().set("customer called");

        viewModel.confirm();
        assertThat(viewModel.busyProperty().get()).isTrue();
        io.runAll();

        assertThat(server.requests(ORDER_PATH + "/cancel").get(0).header("If-Match")).contains("\"4\"");
        assertThat(server.requests(ORDER_PATH + "/cancel").get(0).body()).contains("customer called");
        assertThat(viewModel.statusProperty().get()).isEqualTo("CANCELLED");
        assertThat(viewModel.messageProperty().get()).startsWith("Order cancelled.");
        assertThat(viewModel.messageIsErrorProperty().get()).isFalse();
        assertThat(viewModel.legalActions()).isEmpty();
        assertThat(changes).hasSize(1);
    }

    @Test
    void shipping_needs_carrier_and_tracking_number_before_it_can_be_confirmed() {
        showPaidOrder();
        server.respond("POST", ORDER_PATH + "/ship", StubResponse.fixture("order-shipped.json"));
        viewModel.begin(OrderAction.SHIP);

        assertThat(viewModel.canConfirmProperty().get()).isFalse();
        viewModel.carrierProperty().set("DHL");
        assertThat(viewModel.canConfirmProperty().get()).isFalse();
        viewModel.trackingNumberProperty().set(" JD0146 ");
        assertThat(viewModel.canConfirmProperty().get()).isTrue();
        viewModel.confirm();
        io.runAll();

        assertThat(server.requests(ORDER_PATH + "/ship").get(0).body())
                .contains("\"carrier\":\"DHL\"", "\"trackingNumber\":\"JD0146\"");
        assertThat(viewModel.statusProperty().get()).isEqualTo("SHIPPED");
        assertThat(viewModel.messageProperty().get()).startsWith("Order shipped");
    }

    @Test
    void a_409_is_explained_in_words_and_the_order_is_read_again() {
        showPaidOrder();
        server.respond("POST", ORDER_PATH + "/cancel", StubResponse.problem(409,
                "{\"type\":\"https://ordo.dev/problems/illegal-transition\",\"title\":\"Conflict\",\"status\":409,"
                        + "\"detail\":\"an order in status SHIPPED cannot be cancelled\"}"));
        viewModel.begin(OrderAction.CANCEL);
        viewModel.confirm();
        server.respond("GET", ORDER_PATH, StubResponse.fixture("order-shipped.json"));

        io.runAll();

        assertThat(viewModel.messageProperty().get()).isEqualTo("Could not cancel the order: the server says it is "
                + "not possible as things are now (an order in status SHIPPED cannot be cancelled). It has been reloaded.");
        assertThat(viewModel.messageIsErrorProperty().get()).isTrue();
        assertThat(viewModel.statusProperty().get()).isEqualTo("SHIPPED");
        assertThat(viewModel.legalActions()).isEmpty();
        assertThat(changes).isEmpty();
    }

    @Test
    void a_412_says_someone_changed_the_order_meanwhile_and_shows_it_as_it_is_now() {
        showPaidOrder();
        server.respond("POST", ORDER_PATH + "/ship", StubResponse.problem(412,
                "{\"type\":\"https://ordo.dev/problems/stale-version\",\"title\":\"Precondition Failed\",\"status\":412}"));
        viewModel.begin(OrderAction.SHIP);
        viewModel.carrierProperty().set("DHL");
        viewModel.trackingNumberProperty().set("JD0146");
        viewModel.confirm();
        server.respond("GET", ORDER_PATH, StubResponse.fixture("order-shipped.json"));

        io.runAll();

        assertThat(viewModel.messageProperty().get()).startsWith("Could not ship the order: someone else")
                .contains("reloaded");
        assertThat(viewModel.statusProperty().get()).isEqualTo("SHIPPED");
    }

    @Test
    void a_server_that_cannot_answer_says_nothing_was_changed() {
        showPaidOrder();
        server.respond("POST", ORDER_PATH + "/cancel", StubResponse.problem(503, "{\"status\":503,\"title\":\"x\"}"));
        viewModel.begin(OrderAction.CANCEL);

        viewModel.confirm();
        io.runAll();

        assertThat(viewModel.messageProperty().get()).contains("cannot answer right now", "try again");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }
    @Test
    void an_order_shipped_elsewhere_is_followed_with_its_new_status_and_no_actions() {
        showPaidOrder();
        server.respond("GET", ORDER_PATH, StubResponse.fixture("order-shipped.json"));

        viewModel.follow();
        io.runAll();

        assertThat(viewModel.statusProperty().get()).isEqualTo("SHIPPED");
        assertThat(viewModel.toneProperty().get()).isEqualTo(StatusTone.SUCCESS);
        assertThat(viewModel.legalActions()).isEmpty();
        assertThat(viewModel.factsProperty().get()).contains("Shipped with DHL");
        assertThat(viewModel.busyProperty().get()).as("no spinner for a quiet look").isFalse();
    }

    @Test
    void a_confirmation_for_an_action_no_longer_legal_is_dropped_and_said_so() {
        showPaidOrder();
        viewModel.begin(OrderAction.CANCEL);
        server.respond("GET", ORDER_PATH, StubResponse.fixture("order-shipped.json"));

        viewModel.follow();
        io.runAll();

        assertThat(viewModel.pendingActionProperty().get()).isNull();
        assertThat(viewModel.messageProperty().get())
                .isEqualTo("Order 3f2a1c9e changed meanwhile and is SHIPPED now: it can no longer be cancelled.");
        assertThat(viewModel.messageIsErrorProperty().get()).isTrue();
        assertThat(server.requests(ORDER_PATH + "/cancel")).isEmpty();
    }

    @Test
    void following_an_unchanged_order_keeps_the_confirmation_under_way() {
        showPaidOrder();
        viewModel.begin(OrderAction.SHIP);
        viewModel.carrierProperty().set("DHL");

        viewModel.follow();
        io.runAll();

        assertThat(viewModel.pendingActionProperty().get()).isEqualTo(OrderAction.SHIP);
        assertThat(viewModel.carrierProperty().get()).isEqualTo("DHL");
        assertThat(viewModel.messageProperty().get()).isEmpty();
    }

    @Test
    void a_look_overtaken_by_another_order_being_selected_is_dropped() {
        showPaidOrder();
        server.respond("GET", ORDER_PATH, StubResponse.fixture("order-shipped.json"));
        viewModel.follow();
        viewModel.show(ID);

        io.runNext();
        assertThat(viewModel.statusProperty().get()).as("the look's answer is not shown").isEqualTo("PAID");
        assertThat(viewModel.busyProperty().get()).as("the load is still under way").isTrue();
        io.runAll();
        assertThat(viewModel.statusProperty().get()).isEqualTo("SHIPPED");
    }
    @Test
    void a_failed_order_says_why_in_words_and_its_total_with_thousands_separators() {
        server.respond("GET", ORDER_PATH, StubResponse.json(200, StubResponse.fixture("order.json").body()
                .replace("\"status\": \"PAID\"", "\"status\": \"FAILED\"")
                .replace("\"failureReason\": null", "\"failureReason\": \"PAYMENT_DECLINED: insufficient_funds\"")
                .replace("\"total\": {\"amount\": \"119.70\"", "\"total\": {\"amount\": \"12345.70\"")));
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        try {
            viewModel.show(ID);
            io.runAll();
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }

        assertThat(viewModel.factsProperty().get()).contains("Failed. Payment declined: not enough money on the card.")
                .doesNotContain("PAYMENT_DECLINED", "insufficient_funds");
        assertThat(viewModel.totalProperty().get()).isEqualTo("12.345,70 EUR");
    }
}
