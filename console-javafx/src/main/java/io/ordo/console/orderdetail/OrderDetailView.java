package io.ordo.console.orderdetail;

import io.ordo.console.common.Badges;
import io.ordo.console.common.ConfirmBar;
import io.ordo.console.common.Nodes;
import io.ordo.console.common.Tables;
import io.ordo.console.common.Views;
import io.ordo.console.common.WhileShown;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;


/** The order detail's controller: binds OrderDetail.fxml to an {@link OrderDetailViewModel}, nothing more. */
public final class OrderDetailView {

    /** As often as the live board asks: the detail beside it shows the same state. */
    static final Duration FOLLOW_EVERY = Duration.seconds(3);

    @FXML
    private ScrollPane detailRoot;
    @FXML
    private Label titleLabel;
    @FXML
    private Label statusBadge;
    @FXML
    private Label paymentLabel;
    @FXML
    private Label totalLabel;
    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private Label factsLabel;
    @FXML
    private VBox orderBox;
    @FXML
    private Button cancelButton;
    @FXML
    private Button retryButton;
    @FXML
    private Button shipButton;
    @FXML
    private Label noActionsLabel;
    @FXML
    private Button reloadButton;
    @FXML
    private VBox confirmBox;
    @FXML
    private Label confirmationLabel;
    @FXML
    private TextField reasonField;
    @FXML
    private HBox shipmentFields;
    @FXML
    private TextField carrierField;
    @FXML
    private TextField trackingField;
    @FXML
    private Button confirmButton;
    @FXML
    private Label messageLabel;
    @FXML
    private Label customerLabel;
    @FXML
    private TableView<LineRow> linesTable;
    @FXML
    private TableColumn<LineRow, String> skuColumn;
    @FXML
    private TableColumn<LineRow, String> nameColumn;
    @FXML
    private TableColumn<LineRow, String> quantityColumn;
    @FXML
    private TableColumn<LineRow, String> unitPriceColumn;
    @FXML
    private TableColumn<LineRow, String> lineTotalColumn;
    @FXML
    private VBox timelineBox;

    private final OrderDetailViewModel viewModel;

    private OrderDetailView(OrderDetailViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static Parent load(OrderDetailViewModel viewModel) {
        return Views.load(OrderDetailView.class.getResource("OrderDetail.fxml"), new OrderDetailView(viewModel));
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(viewModel.titleProperty());
        statusBadge.textProperty().bind(viewModel.statusProperty());
        viewModel.toneProperty().addListener((property, before, tone) -> Badges.style(statusBadge, tone));
        paymentLabel.textProperty().bind(viewModel.paymentProperty());
        totalLabel.textProperty().bind(viewModel.totalProperty());
        factsLabel.textProperty().bind(viewModel.factsProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        orderBox.visibleProperty().bind(viewModel.orderProperty().isNotNull());

        offer(cancelButton, OrderAction.CANCEL);
        offer(retryButton, OrderAction.RETRY);
        offer(shipButton, OrderAction.SHIP);
        BooleanBinding noActions = Bindings.createBooleanBinding(() -> viewModel.legalActions().isEmpty(),
                viewModel.orderProperty());
        Nodes.showWhen(noActionsLabel, noActions);
        reloadButton.disableProperty().bind(viewModel.busyProperty());

        ConfirmBar.bind(confirmBox, confirmationLabel, viewModel.confirmationProperty(),
                viewModel.pendingActionProperty().isNotNull());
        BooleanBinding shipping = viewModel.pendingActionProperty().isEqualTo(OrderAction.SHIP);
        Nodes.showWhen(shipmentFields, shipping);
        Nodes.showWhen(reasonField, shipping.not());
        reasonField.textProperty().bindBidirectional(viewModel.reasonProperty());
        carrierField.textProperty().bindBidirectional(viewModel.carrierProperty());
        trackingField.textProperty().bindBidirectional(viewModel.trackingNumberProperty());
        confirmButton.disableProperty().bind(viewModel.canConfirmProperty().not());
        confirmButton.textProperty().bind(Bindings.createStringBinding(() -> viewModel.pendingActionProperty().get() == null
                ? "Confirm" : "Confirm: " + viewModel.pendingActionProperty().get().label().toLowerCase(java.util.Locale.ROOT),
                viewModel.pendingActionProperty()));
        // Later, not now: a mnemonic (Alt+C, Alt+R, Alt+H) focuses its button after firing it,
        // which would take the cursor back from the field just focused.
        viewModel.pendingActionProperty().addListener((property, before, action) -> {
            if (action != null) {
                Platform.runLater((action == OrderAction.SHIP ? carrierField : reasonField)::requestFocus);
            }
        });

        Nodes.message(messageLabel, viewModel.messageProperty(), viewModel.messageIsErrorProperty());
        Nodes.styleMessage(messageLabel, viewModel.messageIsErrorProperty().get());
        Nodes.showWhen(messageLabel, viewModel.messageProperty().isNotEmpty());
        customerLabel.textProperty().bind(viewModel.customerProperty());

        linesTable.setItems(viewModel.lines());
        Tables.text(skuColumn, LineRow::sku);
        Tables.text(nameColumn, LineRow::name);
        Tables.text(quantityColumn, LineRow::quantity);
        Tables.text(unitPriceColumn, LineRow::unitPrice);
        Tables.text(lineTotalColumn, LineRow::lineTotal);
        Tables.fitToContent(linesTable);
        Tables.copyable(linesTable, "SKU", LineRow::sku);
        viewModel.timeline().addListener((ListChangeListener<TimelineEntry>) change -> drawTimeline());
        WhileShown.repeat(detailRoot, FOLLOW_EVERY, viewModel::follow, scene -> { });
    }

    private void offer(Button button, OrderAction action) {
        BooleanBinding allowed = Bindings.createBooleanBinding(() -> viewModel.allows(action), viewModel.orderProperty());
        Nodes.showWhen(button, allowed);
        button.disableProperty().bind(viewModel.busyProperty());
    }

    private void drawTimeline() {
        timelineBox.getChildren().clear();
        for (TimelineEntry entry : viewModel.timeline()) {
            timelineBox.getChildren().add(step(entry));
        }
    }

    private static Node step(TimelineEntry entry) {
        Region dot = new Region();
        dot.getStyleClass().addAll("timeline-dot", "badge-" + entry.tone().name().toLowerCase(java.util.Locale.ROOT));
        Label transition = new Label(entry.transition());
        transition.setStyle("-fx-font-weight: bold;");
        Label when = new Label(entry.at() + "  " + entry.actor());
        when.getStyleClass().add("text-muted");
        when.setWrapText(true);
        VBox text = new VBox(2, transition, when);
        if (!entry.reason().isEmpty()) {
            Label reason = new Label(entry.reason());
            reason.setWrapText(true);
            text.getChildren().add(reason);
        }
        HBox step = new HBox(10, dot, text);
        step.setAlignment(Pos.TOP_LEFT);
        return step;
    }

    @FXML
    private void beginCancel() {
        viewModel.begin(OrderAction.CANCEL);
    }

    @FXML
    private void beginRetry() {
        viewModel.begin(OrderAction.RETRY);
    }

    @FXML
    private void beginShip() {
        viewModel.begin(OrderAction.SHIP);
    }

    @FXML
    private void confirm() {
        viewModel.confirm();
    }

    @FXML
    private void dismiss() {
        viewModel.dismiss();
    }

    @FXML
    private void reload() {
        viewModel.reload();
    }
}
