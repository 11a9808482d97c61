package io.ordo.console.reports;

import io.ordo.client.OrdoClient;
import io.ordo.client.ServerConfig;
import io.ordo.client.testing.StubResponse;
import io.ordo.client.testing.StubServer;
import io.ordo.console.ManualExecutor;
import io.ordo.console.common.Background;
import io.ordo.console.common.Formats;
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
    @Test
    void days_without_sales_are_shown_as_zero_not_left_out() {
        viewModel.fromDateProperty().set(LocalDate.parse("2025-02-28"));
        viewModel.toDateProperty().set(LocalDate.parse("2025-03-03"));

        viewModel.refresh();
        io.runAll();

        assertThat(viewModel.sales()).extracting(ReportsViewModel.SalesRow::day, ReportsViewModel.SalesRow::orders)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2025-02-28", 0L),
                        org.assertj.core.groups.Tuple.tuple("2025-03-01", 12L),
                        org.assertj.core.groups.Tuple.tuple("2025-03-02", 3L),
                        org.assertj.core.groups.Tuple.tuple("2025-03-03", 0L));
        assertThat(viewModel.sales().get(3).revenue()).isZero();
        assertThat(viewModel.sales().get(3).currency()).isEqualTo("EUR");
    }

    @Test
    void an_exported_report_is_saved_where_asked_and_said_so(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        java.nio.file.Path file = folder.resolve("sales-per-day.csv");

        viewModel.export("Day,Revenue\r\n2025-03-01,1234.50\r\n", file);
        io.runAll();

        assertThat(java.nio.file.Files.readString(file)).isEqualTo("Day,Revenue\r\n2025-03-01,1234.50\r\n");
        assertThat(viewModel.exportedProperty().get()).isEqualTo("Saved sales-per-day.csv.");
    }

    @Test
    void a_report_that_cannot_be_saved_says_where_and_why(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
        java.nio.file.Path file = folder.resolve("no-such-folder").resolve("report.csv");

        viewModel.export("Day\r\n", file);
        io.runAll();

        assertThat(viewModel.errorMessageProperty().get()).isEqualTo("Could not save " + file + ": its folder does not exist. Choose another place.");
        assertThat(viewModel.exportedProperty().get()).isEmpty();
    }
    @Test
    void kpis_show_the_range_beside_the_period_of_the_same_length_before_it() {
        server.respond("GET", "/api/v1/reports/sales", request -> request.query().get("from").equals("2025-02-27")
                ? StubResponse.json(200, StubResponse.fixture("report-sales.json").body()
                        .replace("\"orders\": 12", "\"orders\": 4").replace("\"revenue\": \"1234.50\"", "\"revenue\": \"400.00\""))
                : StubResponse.fixture("report-sales.json"));
        viewModel.fromDateProperty().set(LocalDate.parse("2025-03-01"));
        viewModel.toDateProperty().set(LocalDate.parse("2025-03-02"));

        viewModel.refresh();
        io.runAll();

        assertThat(server.requests("/api/v1/reports/sales")).extracting(request -> request.query().get("from"))
                .containsExactlyInAnyOrder("2025-03-01", "2025-02-27");
        assertThat(viewModel.kpis()).extracting(ReportsViewModel.Kpi::name, ReportsViewModel.Kpi::value,
                ReportsViewModel.Kpi::previous).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Orders", "15", "7"),
                org.assertj.core.groups.Tuple.tuple("Revenue", Formats.money(new BigDecimal("1434.10"), "EUR"),
                        Formats.money(new BigDecimal("599.60"), "EUR")),
                org.assertj.core.groups.Tuple.tuple("Average order value", Formats.money(new BigDecimal("95.61"), "EUR"),
                        Formats.money(new BigDecimal("85.66"), "EUR")),
                org.assertj.core.groups.Tuple.tuple("Payments failed", Formats.number(new BigDecimal("14.3")) + " %",
                        Formats.number(new BigDecimal("14.3")) + " %"));
    }
}
