package io.ordo.console.stock;

import io.ordo.console.common.Tables;
import io.ordo.console.stock.StockViewModel.StockRow;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableRow;
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

/** The stock screen's view, built in code: filters on top, the products with low stock highlighted. Binds only. */
public final class StockView {

    private final StockViewModel viewModel;

    private StockView(StockViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static Parent load(StockViewModel viewModel) {
        return new StockView(viewModel).build();
    }

    private Parent build() {
        Label title = new Label("Stock");
        title.getStyleClass().add("title-3");
        TextField filter = new TextField();
        filter.setId("stockFilter");
        filter.setPromptText("Filter by SKU or name");
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        TextField threshold = new TextField();
        threshold.setId("thresholdField");
        threshold.setPromptText("Low at or below (units)");
        threshold.setPrefColumnCount(12);
        threshold.textProperty().bindBidirectional(viewModel.thresholdProperty());
        threshold.setOnAction(event -> viewModel.refresh());
        CheckBox lowOnly = new CheckBox("Only low stock");
        lowOnly.selectedProperty().bindBidirectional(viewModel.lowOnlyProperty());
        Button refresh = new Button(null, new FontIcon("fth-refresh-cw"));
        refresh.setOnAction(event -> viewModel.refresh());
        refresh.disableProperty().bind(viewModel.busyProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(viewModel.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(10, title, gap, busy, filter, threshold, lowOnly, refresh);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(10, 12, 8, 12));

        TableView<StockRow> table = new TableView<>(viewModel.products());
        table.setId("stockTable");
        Tables.column(table, "SKU", 90, StockRow::sku);
        Tables.column(table, "Product", 260, StockRow::name);
        Tables.number(table, "On hand", 90, StockRow::onHand);
        Tables.number(table, "Reserved", 90, StockRow::reserved);
        Tables.number(table, "Available", 90, StockRow::available);
        Tables.column(table, "Low", 60, row -> row.low() ? "LOW" : "");
        Tables.number(table, "Sold (30 d)", 100, StockRow::soldInPeriod);
        Tables.number(table, "Days of cover", 120, StockRow::daysOfCover);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No products to show."));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(StockRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("low-stock");
                if (!empty && row != null && row.low()) {
                    getStyleClass().add("low-stock");
                }
            }
        });

        Label summary = new Label();
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(viewModel.summaryProperty());
        Label error = new Label();
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorMessageProperty());
        Label note = new Label("Adjusting stock and a product's ledger come with the inventory API.");
        note.getStyleClass().add("text-muted");
        VBox bottom = new VBox(4, summary, error, note);
        bottom.setPadding(new Insets(6, 12, 8, 12));

        BorderPane root = new BorderPane(table, top, null, bottom, null);
        root.sceneProperty().addListener((property, before, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), viewModel::refresh);
            }
        });
        return root;
    }
}
