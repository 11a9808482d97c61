package io.ordo.console.reports;

import io.ordo.console.common.Tables;
import io.ordo.console.reports.ReportsViewModel.PaymentRow;
import io.ordo.console.reports.ReportsViewModel.ProductRow;
import io.ordo.console.reports.ReportsViewModel.SalesRow;
import io.ordo.console.reports.ReportsViewModel.StatusRow;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
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
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.LinkedHashMap;
import java.util.Map;

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
        Label title = new Label("Reports");
        title.getStyleClass().add("title-3");
        DatePicker from = new DatePicker();
        from.setPromptText("From");
        from.setPrefWidth(140);
        from.valueProperty().bindBidirectional(viewModel.fromDateProperty());
        DatePicker to = new DatePicker();
        to.setPromptText("To");
        to.setPrefWidth(140);
        to.valueProperty().bindBidirectional(viewModel.toDateProperty());
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
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(viewModel.busyProperty());
        Label freshness = new Label();
        freshness.getStyleClass().add("text-muted");
        freshness.textProperty().bind(viewModel.freshnessProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(10, title, gap, busy, freshness, from, to, currency, show);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(10, 12, 8, 12));

        TabPane tabs = new TabPane(
                tab("Sales per day", salesChart(), salesTable()),
                tab("Sales per product", productsChart(), productsTable()),
                tab("Orders per status", statusChart(), statusTable()),
                tab("Payment outcomes", paymentsChart(), paymentsTable()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        Label error = new Label();
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorMessageProperty());
        error.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox bottom = new VBox(error);
        bottom.setPadding(new Insets(4, 12, 8, 12));

        BorderPane root = new BorderPane(tabs, top, null, bottom, null);
        root.sceneProperty().addListener((property, before, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), viewModel::refresh);
            }
        });
        return root;
    }

    private static Tab tab(String title, Node chart, Node table) {
        SplitPane split = new SplitPane(chart, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        return new Tab(title, split);
    }

    private static <R> void redraw(ObservableList<R> rows, Runnable draw) {
        rows.addListener((ListChangeListener<R>) change -> draw.run());
        draw.run();
    }

    private Node salesChart() {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setTitle("Revenue and net revenue per day");
        chart.setAnimated(false);
        redraw(viewModel.sales(), () -> {
            Map<String, XYChart.Series<String, Number>> series = new LinkedHashMap<>();
            for (SalesRow day : viewModel.sales()) {
                series.computeIfAbsent("Revenue " + day.currency(), name -> new XYChart.Series<>(name, observable()))
                        .getData().add(new XYChart.Data<>(day.day(), day.revenue()));
                series.computeIfAbsent("Net " + day.currency(), name -> new XYChart.Series<>(name, observable()))
                        .getData().add(new XYChart.Data<>(day.day(), day.netRevenue()));
            }
            chart.getData().setAll(series.values());
        });
        return chart;
    }

    private Node salesTable() {
        TableView<SalesRow> table = new TableView<>(viewModel.sales());
        table.setId("salesTable");
        Tables.column(table, "Day", 110, SalesRow::day);
        Tables.column(table, "Currency", 80, SalesRow::currency);
        Tables.number(table, "Orders", 80, SalesRow::orders);
        Tables.number(table, "Units", 80, SalesRow::units);
        Tables.number(table, "Revenue", 110, SalesRow::revenue);
        Tables.number(table, "Refunds", 110, SalesRow::refunds);
        Tables.number(table, "Net revenue", 120, SalesRow::netRevenue);
        table.setPlaceholder(new Label("No sales in this range."));
        return table;
    }

    private Node productsChart() {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setTitle("Revenue per product (top 10)");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        redraw(viewModel.products(), () -> {
            XYChart.Series<String, Number> revenue = new XYChart.Series<>("Revenue", observable());
            viewModel.products().stream().limit(10)
                    .forEach(product -> revenue.getData().add(new XYChart.Data<>(product.sku(), product.revenue())));
            chart.getData().setAll(java.util.List.of(revenue));
        });
        return chart;
    }

    private Node productsTable() {
        TableView<ProductRow> table = new TableView<>(viewModel.products());
        table.setId("productsTable");
        Tables.column(table, "SKU", 90, ProductRow::sku);
        Tables.column(table, "Product", 240, ProductRow::name);
        Tables.number(table, "Orders", 80, ProductRow::orders);
        Tables.number(table, "Units", 80, ProductRow::units);
        Tables.number(table, "Revenue", 110, ProductRow::revenue);
        Tables.column(table, "Currency", 80, ProductRow::currency);
        table.setPlaceholder(new Label("No product sold in this range."));
        return table;
    }

    private Node statusChart() {
        PieChart chart = new PieChart();
        chart.setTitle("Orders per status now");
        chart.setAnimated(false);
        redraw(viewModel.statuses(), () -> chart.getData().setAll(viewModel.statuses().stream()
                .filter(status -> status.orders() > 0)
                .map(status -> new PieChart.Data(status.status() + " (" + status.orders() + ")", status.orders()))
                .toList()));
        return chart;
    }

    private Node statusTable() {
        TableView<StatusRow> table = new TableView<>(viewModel.statuses());
        table.setId("statusTable");
        Tables.column(table, "Status", 140, StatusRow::status);
        Tables.number(table, "Orders", 100, StatusRow::orders);
        return table;
    }

    private Node paymentsChart() {
        StackedBarChart<String, Number> chart = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setTitle("Payments per day by outcome");
        chart.setAnimated(false);
        redraw(viewModel.payments(), () -> {
            Map<String, XYChart.Series<String, Number>> series = new LinkedHashMap<>();
            for (PaymentRow day : viewModel.payments()) {
                series.computeIfAbsent(day.outcome(), name -> new XYChart.Series<>(name, observable()))
                        .getData().add(new XYChart.Data<>(day.day(), day.payments()));
            }
            chart.getData().setAll(series.values());
        });
        return chart;
    }

    private Node paymentsTable() {
        TableView<PaymentRow> table = new TableView<>(viewModel.payments());
        table.setId("paymentsTable");
        Tables.column(table, "Day", 110, PaymentRow::day);
        Tables.column(table, "Outcome", 120, PaymentRow::outcome);
        Tables.number(table, "Payments", 90, PaymentRow::payments);
        Tables.number(table, "Amount", 110, PaymentRow::amount);
        Tables.column(table, "Currency", 80, PaymentRow::currency);
        table.setPlaceholder(new Label("No payments in this range."));
        return table;
    }

    private static <T> ObservableList<T> observable() {
        return javafx.collections.FXCollections.observableArrayList();
    }
}
