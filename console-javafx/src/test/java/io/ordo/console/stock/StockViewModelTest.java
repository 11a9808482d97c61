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

import static org.assertj.core.api.Assertions.assertThat;

/** The stock screen's behaviour, without the JavaFX toolkit, against a local stub server. */
class StockViewModelTest {

    private static final String STOCK = "/api/v1/reports/stock";

    private final StubServer server = StubServer.start().respond("GET", STOCK, StubResponse.fixture("report-stock.json"));
    private final ManualExecutor io = new ManualExecutor();
    private final StockViewModel viewModel = new StockViewModel(
            OrdoClient.connect(ServerConfig.of(server.baseUri())), new Background(io, Runnable::run), ZoneOffset.UTC);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void products_show_on_hand_reserved_and_available_with_low_stock_first() {
        viewModel.refresh();
        io.runAll();

        assertThat(viewModel.products()).extracting(StockViewModel.StockRow::sku).containsExactly("MS-002", "KB-001");
        StockViewModel.StockRow keyboard = viewModel.products().get(1);
        assertThat(keyboard.onHand()).isEqualTo(20);
        assertThat(keyboard.reserved()).isEqualTo(3);
        assertThat(keyboard.available()).isEqualTo(17);
        assertThat(keyboard.daysOfCover()).isEqualTo("17 d");
        assertThat(viewModel.products().get(0).low()).isTrue();
        assertThat(viewModel.summaryProperty().get()).startsWith("2 products, 1 low on stock");
    }

    @Test
    void a_product_the_read_model_knows_no_name_of_gets_its_catalogue_name() {
        server.respond("GET", "/api/v1/products", StubResponse.json(200, "{\"items\":[{\"sku\":\"MS-002\","
                + "\"name\":\"Wireless mouse\",\"price\":{\"amount\":\"19.90\",\"currency\":\"EUR\"},"
                + "\"available\":2,\"active\":true}],\"nextCursor\":null}"));

        viewModel.refresh();
        io.runAll();

        assertThat(viewModel.products().get(0).name()).isEqualTo("Wireless mouse");
        assertThat(viewModel.products().get(1).name()).isEqualTo("Mechanical keyboard");
    }

    @Test
    void a_threshold_and_only_low_are_sent_to_the_server() {
        viewModel.thresholdProperty().set("5");
        viewModel.lowOnlyProperty().set(true);
        io.runAll();

        assertThat(server.requests(STOCK).get(server.requests(STOCK).size() - 1).query())
                .containsEntry("threshold", "5").containsEntry("lowOnly", "true");
    }

    @Test
    void a_threshold_that_is_not_a_number_is_explained_and_nothing_is_sent() {
        viewModel.thresholdProperty().set("some");

        viewModel.refresh();

        assertThat(io.pendingCount()).isZero();
        assertThat(viewModel.errorMessageProperty().get()).contains("whole number of units");
    }

    @Test
    void the_filter_narrows_the_rows_read_without_asking_again() {
        viewModel.refresh();
        io.runAll();

        viewModel.filterProperty().set("keyboard");

        assertThat(viewModel.products()).extracting(StockViewModel.StockRow::sku).containsExactly("KB-001");
        assertThat(server.requests(STOCK)).hasSize(1);
    }
}
