package io.ordo.console.stuck;

import io.ordo.client.model.OrderStatus;
import io.ordo.console.common.Badges;
import io.ordo.console.common.Nodes;
import io.ordo.console.common.Tables;
import io.ordo.console.common.Views;
import io.ordo.console.common.WhileShown;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * The stuck orders' controller: binds StuckOrders.fxml to a {@link StuckOrdersViewModel}, asks it
 * again every 15 s while shown, and shows the selected order in the detail pane.
 */
public final class StuckOrdersView {

    static final Duration REFRESH_EVERY = Duration.seconds(15);

    @FXML
    private SplitPane split;
    @FXML
    private FlowPane thresholdsPane;
    @FXML
    private CheckBox showAllCheck;
    @FXML
    private Button refreshButton;
    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private TableView<StuckRow> stuckTable;
    @FXML
    private TableColumn<StuckRow, String> numberColumn;
    @FXML
    private TableColumn<StuckRow, String> statusColumn;
    @FXML
    private TableColumn<StuckRow, String> inStatusColumn;
    @FXML
    private TableColumn<StuckRow, String> overdueColumn;
    @FXML
    private TableColumn<StuckRow, String> sinceColumn;
    @FXML
    private TableColumn<StuckRow, String> totalColumn;
    @FXML
    private Label summaryLabel;
    @FXML
    private Label errorLabel;
    @FXML
    private StackPane detailPane;

    private final StuckOrdersViewModel viewModel;
    private final Node detail;
    private final Consumer<UUID> onSelected;

    private StuckOrdersView(StuckOrdersViewModel viewModel, Node detail, Consumer<UUID> onSelected) {
        this.viewModel = viewModel;
        this.detail = detail;
        this.onSelected = onSelected;
    }

    public static Parent load(StuckOrdersViewModel viewModel, Node detail, Consumer<UUID> onSelected) {
        return Views.load(StuckOrdersView.class.getResource("StuckOrders.fxml"),
                new StuckOrdersView(viewModel, detail, onSelected));
    }

    @FXML
    private void initialize() {
        for (OrderStatus status : viewModel.judgedStates()) {
            Spinner<Integer> minutes = new Spinner<>(1, 7 * 24 * 60, viewModel.thresholdMinutesProperty(status).get());
            minutes.setId("threshold-" + status.name());
            minutes.setEditable(true);
            minutes.setPrefWidth(90);
            minutes.valueProperty().addListener((property, before, now) -> {
                if (now != null) {
                    viewModel.thresholdMinutesProperty(status).set(now);
                }
            });
            Label label = new Label(status.name());
            Badges.style(label, io.ordo.console.common.StatusTone.of(status));
            HBox field = new HBox(6, label, minutes);
            field.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            thresholdsPane.getChildren().add(field);
        }
        showAllCheck.selectedProperty().bindBidirectional(viewModel.showAllProperty());
        refreshButton.disableProperty().bind(viewModel.busyProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());

        stuckTable.setItems(viewModel.orders());
        Tables.text(numberColumn, StuckRow::number);
        Tables.text(statusColumn, StuckRow::status);
        statusColumn.setCellFactory(column -> Badges.statusCell());
        Tables.text(inStatusColumn, StuckRow::inStatus);
        Tables.text(overdueColumn, StuckRow::overdue);
        Tables.text(sinceColumn, StuckRow::since);
        Tables.text(totalColumn, StuckRow::total);
        Tables.onSelect(stuckTable, StuckRow::id, onSelected);
        Tables.fitToContent(stuckTable, statusColumn);
        Tables.copyable(stuckTable, "order id", row -> row.id().toString());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        Nodes.error(errorLabel, viewModel.errorMessageProperty());
        detailPane.getChildren().setAll(detail);

        WhileShown.repeat(split, REFRESH_EVERY, viewModel::refresh, scene -> {
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), viewModel::refresh);
            viewModel.refresh();
        });
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }
}
