package io.ordo.console.reports;

import io.ordo.client.OrdoClient;
import io.ordo.client.ServerConfig;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import io.ordo.console.ManualExecutor;
import io.ordo.console.common.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports' behaviour, without the JavaFX toolkit, against a local stub server. */
class ReportsViewModelTest {

    private final StubServer server = StubServer.start()
            .respond("GET", "/api/v1/reports/sales", StubResponse.fixture("report-sales.json"))
            .respond("GET", "/api/v1/reports/sales/products", StubResponse.fixture("report-products.json"))
            .respond("GET", "/api/v1/reports/orders/status", StubResponse.fixture("report-status.json"))
            .respond("GET", "/api/v1/reports/payments", StubResponse.fixture("report-payments.json"));
    private final ManualExecutor io = new ManualExecutor();
    private final ReportsViewModel viewModel = new ReportsViewModel(
            OrdoClient.connect(ServerConfig.of(server.baseUri())), new Background(io, Runnable::run), ZoneOffset.UTC);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_four_reports_are_read_for_the_range_and_currency() {
        viewModel.fromDateProperty().set(LocalDate.parse("2025-03-01"));
        viewModel.toDateProperty().set(LocalDate.parse("2025-03-02"));
        viewModel.currencyProperty().set(" eur ");

        viewModel.refresh();
        io.runAll();

        assertThat(server.requests("/api/v1/reports/sales").get(0).query())
                .containsEntry("from", "2025-03-01").containsEntry("to", "2025-03-02").containsEntry("currency", "EUR");
        assertThat(viewModel.sales()).extracting(ReportsViewModel.SalesRow::netRevenue)
                .containsExactly(new BigDecimal("1134.70"), new BigDecimal("199.60"));
        assertThat(viewModel.products()).singleElement().satisfies(product -> {
            assertThat(product.sku()).isEqualTo("KB-001");
            assertThat(product.units()).isEqualTo(6);
        });
        assertThat(viewModel.statuses()).extracting(ReportsViewModel.StatusRow::status)
                .containsExactly("PAID", "SHIPPED", "ON_HOLD");
        assertThat(viewModel.payments()).extracting(ReportsViewModel.PaymentRow::outcome)
                .containsExactly("CAPTURED", "DECLINED");
        assertThat(viewModel.freshnessProperty().get()).isEqualTo("As of 2025-03-02 08:15:00, up to date");
    }

    @Test
    void a_currency_that_is_not_an_iso_code_is_explained_and_nothing_is_sent() {
        viewModel.currencyProperty().set("euro");

        viewModel.refresh();

        assertThat(io.pendingCount()).isZero();
        assertThat(viewModel.errorMessageProperty().get()).contains("three-letter ISO code");
    }

    @Test
    void staff_without_the_role_are_told_what_to_ask_for() {
        server.respond("GET", "/api/v1/reports/sales", StubResponse.problem(403, "{\"status\":403,\"title\":\"Forbidden\"}"));

        viewModel.refresh();
        io.runAll();

        assertThat(viewModel.errorMessageProperty().get()).isEqualTo("Your account may not see reports. Ask an admin for the staff role.");
    }
}
