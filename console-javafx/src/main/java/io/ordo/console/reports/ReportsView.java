package io.ordo.console.reports;

import io.ordo.console.common.DayInput;
import io.ordo.console.common.Nodes;
import io.ordo.console.common.TopBar;
import io.ordo.console.reports.ReportsViewModel.PaymentRow;
import io.ordo.console.reports.ReportsViewModel.ProductRow;
import io.ordo.console.reports.ReportsViewModel.SalesRow;
import io.ordo.console.reports.ReportsViewModel.StatusRow;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.util.List;
import java.util.Locale;

/**
 * The reports' view, built in code since it is mostly charts: one tab per report, each a chart
 * above its table, both redrawn from the view-model's rows whenever they change. Binds only.
 */
public final class ReportsView {

    private final ReportsViewModel viewModel;

    private ReportsView(ReportsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static Parent load(ReportsViewModel viewModel) {
        return new ReportsView(viewModel).build();
    }

    private Parent build() {
        DatePicker from = new DatePicker();
        from.setPromptText("From");
        from.setPrefWidth(140);
        from.valueProperty().bindBidirectional(viewModel.fromDateProperty());
        DatePicker to = new DatePicker();
        to.setPromptText("To");
        to.setPrefWidth(140);
        to.valueProperty().bindBidirectional(viewModel.toDateProperty());
        DayInput days = new DayInput(Locale.getDefault(Locale.Category.FORMAT));
        days.attach(from);
        days.attach(to);
        TextField currency = new TextField();
        currency.setId("currencyField");
        currency.setPromptText("Currency (all)");
        currency.setPrefColumnCount(8);
        currency.textProperty().bindBidirectional(viewModel.currencyProperty());
        currency.setOnAction(event -> viewModel.refresh());
        Button show = new Button("Show", new FontIcon("fth-refresh-cw"));
        show.setId("showReportsButton");
        show.getStyleClass().add("accent");
        show.setOnAction(event -> viewModel.refresh());
        show.disableProperty().bind(viewModel.busyProperty());
        Label freshness = new Label();
        freshness.getStyleClass().add("text-muted");
        freshness.textProperty().bind(viewModel.freshnessProperty());
        Button export = new Button("Export CSV", new FontIcon("fth-download"));
        export.setId("exportCsvButton");
        HBox top = TopBar.of("Reports", TopBar.busy(viewModel.busyProperty()), from, to, currency, show, export);

        Label dateError = new Label();
        dateError.getStyleClass().add("danger");
        dateError.setWrapText(true);
        dateError.setPadding(new Insets(0, 12, 4, 12));
        Nodes.error(dateError, days.errorProperty());

        TabPane tabs = new TabPane(salesTab(), productsTab(), statusTab(), paymentsTab());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        export.setOnAction(event -> export((ReportTab<?>) tabs.getSelectionModel().getSelectedItem().getUserData(),
                tabs.getScene().getWindow()));

        Label error = new Label();
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        Nodes.error(error, viewModel.errorMessageProperty());
        Label saved = new Label();
        saved.setId("exportedLabel");
        saved.getStyleClass().add("text-muted");
        saved.textProperty().bind(viewModel.exportedProperty());
        VBox bottom = new VBox(4, freshness, saved, error);
        bottom.setPadding(new Insets(4, 12, 8, 12));

        BorderPane root = new BorderPane(tabs, new VBox(top, dateError, tiles()), null, bottom, null);
        TopBar.refreshOnF5(root, viewModel::refresh);
        return root;
    }

    /** One tile per figure, redrawn when the figures change: the range's value large, the previous period's under it. */
    private HBox tiles() {
        HBox tiles = new HBox(12);
        tiles.setId("kpiTiles");
        tiles.setPadding(new Insets(0, 12, 8, 12));
        Runnable draw = () -> tiles.getChildren().setAll(viewModel.kpis().stream().map(kpi -> {
            Label name = new Label(kpi.name());
            name.getStyleClass().add("text-muted");
            Label value = new Label(kpi.value());
            value.getStyleClass().add("title-3");
            Label previous = new Label("Previous period: " + kpi.previous());
            previous.getStyleClass().addAll("text-muted", "text-small");
            VBox tile = new VBox(2, name, value, previous);
            tile.getStyleClass().add("kpi-tile");
            HBox.setHgrow(tile, Priority.ALWAYS);
            return tile;
        }).toList());
        viewModel.kpis().addListener((ListChangeListener<ReportsViewModel.Kpi>) change -> draw.run());
        draw.run();
        return tiles;
    }

    /** Saves the shown report as CSV where the person chooses; says so if it cannot be written. */
    private void export(ReportTab<?> report, Window window) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export report as CSV");
        chooser.setInitialFileName(report.fileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(window);
        if (file != null) {
            viewModel.export(report.csv(), file.toPath());
        }
    }

    private Tab salesTab() {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        return ReportTab.of("Sales per day", viewModel.sales(), "salesTable")
                .column("Day", 110, SalesRow::day)
                .column("Currency", 80, SalesRow::currency)
                .number("Orders", 80, SalesRow::orders)
                .number("Units", 80, SalesRow::units)
                .number("Revenue", 110, SalesRow::revenue)
                .number("Refunds", 110, SalesRow::refunds)
                .number("Net revenue", 120, SalesRow::netRevenue)
                .whenEmpty("No sales in this range.")
                .withChart(chart, "Revenue and net revenue per day", days -> {
                    SeriesByName series = new SeriesByName();
                    for (SalesRow day : days) {
                        series.add("Revenue " + day.currency(), day.day(), day.revenue());
                        series.add("Net " + day.currency(), day.day(), day.netRevenue());
                    }
                    chart.getData().setAll(series.all());
                });
    }

    private Tab productsTab() {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setLegendVisible(false);
        return ReportTab.of("Sales per product", viewModel.products(), "productsTable")
                .column("SKU", 90, ProductRow::sku)
                .column("Product", 240, ProductRow::name)
                .number("Orders", 80, ProductRow::orders)
                .number("Units", 80, ProductRow::units)
                .number("Revenue", 110, ProductRow::revenue)
                .column("Currency", 80, ProductRow::currency)
                .whenEmpty("No product sold in this range.")
                .withChart(chart, "Revenue per product (top 10)", products -> {
                    XYChart.Series<String, Number> revenue = new XYChart.Series<>("Revenue", FXCollections.observableArrayList());
                    products.stream().limit(10)
                            .forEach(product -> revenue.getData().add(new XYChart.Data<>(product.sku(), product.revenue())));
                    chart.getData().setAll(List.of(revenue));
                });
    }

    private Tab statusTab() {
        PieChart chart = new PieChart();
        chart.setId("statusChart");
        // Each slice names its status; a legend would show the chart's own colours, not the badges'.
        chart.setLegendVisible(false);
        return ReportTab.of("Orders per status", viewModel.statuses(), "statusTable")
                .column("Status", 140, StatusRow::status)
                .number("Orders", 100, StatusRow::orders)
                .withChart(chart, "Orders per status now", statuses -> chart.getData().setAll(statuses.stream()
                        .filter(status -> status.orders() > 0).map(ReportsView::slice).toList()));
    }

    /** A status' slice, coloured as its badge once the chart made its node. */
    private static PieChart.Data slice(StatusRow status) {
        PieChart.Data slice = new PieChart.Data(status.status() + " (" + status.orders() + ")", status.orders());
        slice.nodeProperty().addListener((property, before, node) -> {
            if (node != null) {
                node.setStyle(status.tone().areaStyle());
            }
        });
        return slice;
    }

    private Tab paymentsTab() {
        StackedBarChart<String, Number> chart = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
        return ReportTab.of("Payment outcomes", viewModel.payments(), "paymentsTable")
                .column("Day", 110, PaymentRow::day)
                .column("Outcome", 120, PaymentRow::outcome)
                .number("Payments", 90, PaymentRow::payments)
                .number("Amount", 110, PaymentRow::amount)
                .column("Currency", 80, PaymentRow::currency)
                .whenEmpty("No payments in this range.")
                .withChart(chart, "Payments per day by outcome", days -> {
                    SeriesByName series = new SeriesByName();
                    for (PaymentRow day : days) {
                        series.add(day.outcome(), day.day(), day.payments());
                    }
                    chart.getData().setAll(series.all());
                });
    }
}
