package io.ordo.console.stock;

import io.ordo.client.OrdoClient;
import io.ordo.client.ServerConfig;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import io.ordo.console.ManualExecutor;
import io.ordo.console.common.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One product's stock, ledger and adjustment, without the JavaFX toolkit, against a local stub server. */
class ProductStockViewModelTest {

    private static final String LEVEL = "/api/v1/inventory/levels/KB-001";

    private final StubServer server = StubServer.start()
            .respond("GET", LEVEL, StubResponse.fixture("stock-level.json"))
            .respond("GET", LEVEL + "/ledger", StubResponse.fixture("stock-ledger-page.json"));
    private final ManualExecutor io = new ManualExecutor();
    private final List<String> adjusted = new ArrayList<>();
    private final ProductStockViewModel viewModel = new ProductStockViewModel(
            OrdoClient.connect(ServerConfig.of(server.baseUri())), new Background(io, Runnable::run), ZoneOffset.UTC);

    @AfterEach
    void stop() {
        server.close();
    }

    private void showKeyboard() {
        viewModel.setOnAdjusted(() -> adjusted.add("KB-001"));
        viewModel.show("KB-001");
        io.runAll();
    }

    @Test
    void a_product_shows_its_level_and_its_ledger_newest_first() {
        showKeyboard();

        assertThat(viewModel.titleProperty().get()).isEqualTo("KB-001  Mechanical keyboard");
        assertThat(viewModel.figuresProperty().get()).isEqualTo("On hand 100, reserved 4, available 96");
        assertThat(viewModel.ledger()).extracting(ProductStockViewModel.LedgerRow::movement, ProductStockViewModel.LedgerRow::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ADJUSTED", "-2"),
                        org.assertj.core.groups.Tuple.tuple("RESERVED", "+1"));
        assertThat(viewModel.ledger().get(0).why()).isEqualTo("stock-take: two broken");
        assertThat(viewModel.ledger().get(1).order()).isEqualTo("6f1c2d3e");
    }

    @Test
    void an_adjustment_is_confirmed_with_what_it_does_then_sent_with_the_version_read() {
        showKeyboard();
        server.respond("POST", LEVEL + "/adjustments", StubResponse.fixture("stock-adjusted.json"));
        viewModel.changeProperty().set("-2");
        viewModel.reasonProperty().set("stock-take");
        viewModel.noteProperty().set("two broken");

        viewModel.begin();
        assertThat(viewModel.confirmationProperty().get()).isEqualTo("Take 2 out of KB-001? On hand goes from 100 to 98.");
        assertThat(server.requests(LEVEL + "/adjustments")).isEmpty();
        viewModel.confirm();
        io.runAll();

        assertThat(server.requests(LEVEL + "/adjustments").get(0).header("If-Match")).contains("\"7\"");
        assertThat(server.requests(LEVEL + "/adjustments").get(0).body())
                .contains("\"change\":-2", "\"reason\":\"stock-take\"", "\"note\":\"two broken\"");
        assertThat(viewModel.messageProperty().get()).isEqualTo("Adjusted KB-001 by -2: on hand 98, available 94.");
        assertThat(adjusted).containsExactly("KB-001");
    }

    @Test
    void a_change_of_zero_or_no_reason_is_explained_and_nothing_is_asked() {
        showKeyboard();
        viewModel.changeProperty().set("0");
        viewModel.reasonProperty().set("stock-take");

        viewModel.begin();
        assertThat(viewModel.messageProperty().get()).contains("other than 0");
        viewModel.changeProperty().set("+3");
        viewModel.reasonProperty().set(" ");
        viewModel.begin();

        assertThat(viewModel.messageProperty().get()).contains("reason is kept in the ledger");
        assertThat(viewModel.confirmingProperty().get()).isFalse();
    }

    @Test
    void taking_out_more_than_is_free_is_refused_in_the_servers_words() {
        showKeyboard();
        server.respond("POST", LEVEL + "/adjustments", StubResponse.problem(409,
                "{\"title\":\"Conflict\",\"status\":409,\"detail\":\"on hand would fall below the 4 units reserved\"}"));
        viewModel.changeProperty().set("-99");
        viewModel.reasonProperty().set("stock-take");
        viewModel.begin();

        viewModel.confirm();
        io.runAll();

        assertThat(viewModel.messageProperty().get()).startsWith("Could not adjust the stock of KB-001")
                .contains("on hand would fall below the 4 units reserved");
        assertThat(viewModel.messageIsErrorProperty().get()).isTrue();
        assertThat(adjusted).isEmpty();
    }

    @Test
    void a_level_that_moved_meanwhile_is_said_so_and_read_again() {
        showKeyboard();
        server.respond("POST", LEVEL + "/adjustments", StubResponse.problem(412,
                "{\"title\":\"Precondition Failed\",\"status\":412}"));
        viewModel.changeProperty().set("5");
        viewModel.reasonProperty().set("found pallet");
        viewModel.begin();

        viewModel.confirm();
        io.runAll();

        assertThat(viewModel.messageProperty().get()).contains("changed it while you were looking", "reloaded");
        assertThat(server.requests(LEVEL)).hasSize(2);
    }
}
