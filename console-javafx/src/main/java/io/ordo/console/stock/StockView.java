package io.ordo.console.stock;

import io.ordo.console.common.ConfirmBar;
import io.ordo.console.common.Nodes;
import io.ordo.console.common.Tables;
import io.ordo.console.common.TopBar;
import io.ordo.console.stock.StockViewModel.StockRow;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The stock screen's view, built in code: filters on top, the products with low stock
 * highlighted; beside them the selected product's adjustment form and ledger. Binds only.
 */
public final class StockView {

    private final StockViewModel viewModel;
    private final ProductStockViewModel product;

    private StockView(StockViewModel viewModel, ProductStockViewModel product) {
        this.viewModel = viewModel;
        this.product = product;
    }

    /** The stock list, and beside it the selected product's adjustment and ledger. */
    public static Parent load(StockViewModel viewModel, ProductStockViewModel product) {
        return new StockView(viewModel, product).build();
    }

    private Parent build() {
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
        HBox top = TopBar.of("Stock", TopBar.busy(viewModel.busyProperty()), filter, threshold, lowOnly,
                TopBar.refresh(viewModel::refresh, viewModel.busyProperty()));

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
        VBox bottom = new VBox(4, summary, error);
        bottom.setPadding(new Insets(6, 12, 8, 12));

        Tables.onSelect(table, StockRow::sku, product::show);
        Tables.fitToContent(table);
        Tables.copyable(table, "SKU", StockRow::sku);
        BorderPane list = new BorderPane(table, top, null, bottom, null);
        SplitPane root = new SplitPane(list, productPane());
        root.setDividerPositions(0.55);
        TopBar.refreshOnF5(root, viewModel::refresh);
        return root;
    }

    private Node productPane() {
        Label title = new Label();
        title.getStyleClass().add("title-4");
        title.textProperty().bind(product.titleProperty());
        Label figures = new Label();
        figures.setWrapText(true);
        figures.textProperty().bind(product.figuresProperty());

        TextField change = new TextField();
        change.setId("adjustChange");
        change.setPromptText("+5 or -2");
        change.setPrefColumnCount(6);
        change.textProperty().bindBidirectional(product.changeProperty());
        TextField reason = new TextField();
        reason.setId("adjustReason");
        reason.setPromptText("Reason (required): stock-take, breakage...");
        reason.textProperty().bindBidirectional(product.reasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        TextField note = new TextField();
        note.setId("adjustNote");
        note.setPromptText("Note (optional)");
        note.textProperty().bindBidirectional(product.noteProperty());
        Button adjust = new Button("Adjust", new FontIcon("fth-edit-3"));
        adjust.setId("adjustButton");
        adjust.setOnAction(event -> product.begin());
        adjust.disableProperty().bind(product.levelProperty().isNull().or(product.busyProperty()));
        change.setOnAction(event -> product.begin());
        reason.setOnAction(event -> product.begin());
        note.setOnAction(event -> product.begin());
        HBox.setHgrow(note, Priority.ALWAYS);
        // Tab goes through the fields in the order they are filled in, the button last.
        HBox amountAndReason = new HBox(8, change, reason);
        amountAndReason.setAlignment(Pos.CENTER_LEFT);
        HBox noteAndAdjust = new HBox(8, note, adjust);
        noteAndAdjust.setAlignment(Pos.CENTER_LEFT);

        VBox confirmBox = ConfirmBar.of(product.confirmationProperty(), product.confirmingProperty(),
                ConfirmBar.keep("Keep as it is", product::dismiss),
                ConfirmBar.confirm("Confirm adjustment", "confirmAdjustButton", product::confirm));

        Label message = new Label();
        message.setWrapText(true);
        Nodes.message(message, product.messageProperty(), product.messageIsErrorProperty());

        TableView<ProductStockViewModel.LedgerRow> ledger = new TableView<>(product.ledger());
        ledger.setId("ledgerTable");
        Tables.column(ledger, "When", 130, ProductStockViewModel.LedgerRow::at);
        Tables.column(ledger, "Movement", 90, ProductStockViewModel.LedgerRow::movement);
        Tables.number(ledger, "Qty", 60, ProductStockViewModel.LedgerRow::quantity);
        Tables.column(ledger, "Order", 80, ProductStockViewModel.LedgerRow::order);
        Tables.column(ledger, "By", 110, ProductStockViewModel.LedgerRow::actor);
        Tables.column(ledger, "Why", 200, ProductStockViewModel.LedgerRow::why);
        ledger.setPlaceholder(new Label("No movements."));
        Tables.fitToContent(ledger);
        VBox.setVgrow(ledger, Priority.ALWAYS);
        Label ledgerTitle = new Label("Ledger (newest first)");
        ledgerTitle.getStyleClass().add("section-title");

        VBox pane = new VBox(8, title, figures, amountAndReason, noteAndAdjust, confirmBox, message, ledgerTitle, ledger);
        pane.setPadding(new Insets(12, 14, 12, 14));
        pane.setMinWidth(320);
        return pane;
    }
}
