package io.ordo.console.orders;

import io.ordo.client.model.OrderStatus;
import io.ordo.console.common.Badges;
import io.ordo.console.common.DayInput;
import io.ordo.console.common.Formats;
import io.ordo.console.common.Nodes;
import io.ordo.console.common.Tables;
import io.ordo.console.common.Views;
import io.ordo.console.common.WhileShown;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The order board's controller: binds Orders.fxml to an {@link OrdersViewModel}, polls it while
 * it is live, and hands the selected order to the detail pane. Nothing more.
 */
public final class OrdersView {

    private static final String ALL_STATUSES = "All statuses";
    static final Duration POLL_EVERY = Duration.seconds(3);

    @FXML
    private SplitPane split;
    @FXML
    private TextField searchField;
    @FXML
    private TextField customerField;
    @FXML
    private ComboBox<OrderStatus> statusFilter;
    @FXML
    private DatePicker fromPicker;
    @FXML
    private DatePicker toPicker;
    @FXML
    private Label dateErrorLabel;
    @FXML
    private CheckBox liveCheck;
    @FXML
    private Button refreshButton;
    @FXML
    private Button searchButton;
    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private Label lastUpdatedLabel;
    @FXML
    private TableView<OrderRow> ordersTable;
    @FXML
    private TableColumn<OrderRow, String> numberColumn;
    @FXML
    private TableColumn<OrderRow, String> statusColumn;
    @FXML
    private TableColumn<OrderRow, String> paymentColumn;
    @FXML
    private TableColumn<OrderRow, String> customerColumn;
    @FXML
    private TableColumn<OrderRow, String> totalColumn;
    @FXML
    private TableColumn<OrderRow, String> createdColumn;
    @FXML
    private TableColumn<OrderRow, String> updatedColumn;
    @FXML
    private Label countLabel;
    @FXML
    private Label sortHint;
    @FXML
    private Label errorLabel;
    @FXML
    private Button loadMoreButton;
    @FXML
    private StackPane detailPane;

    private final OrdersViewModel viewModel;
    private final Node detail;
    private final Consumer<UUID> onSelected;

    private OrdersView(OrdersViewModel viewModel, Node detail, Consumer<UUID> onSelected) {
        this.viewModel = viewModel;
        this.detail = detail;
        this.onSelected = onSelected;
    }

    /**
     * @param detail     the order detail screen, shown beside the board
     * @param onSelected told which order was selected (to show it in {@code detail})
     */
    public static Parent load(OrdersViewModel viewModel, Node detail, Consumer<UUID> onSelected) {
        return Views.load(OrdersView.class.getResource("Orders.fxml"), new OrdersView(viewModel, detail, onSelected));
    }

    @FXML
    private void initialize() {
        List<OrderStatus> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(Arrays.asList(OrderStatus.values()));
        statusFilter.setItems(FXCollections.observableList(choices));
        statusFilter.setCellFactory(list -> new StatusCell());
        statusFilter.setButtonCell(new StatusCell());
        statusFilter.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        customerField.textProperty().bindBidirectional(viewModel.customerFilterProperty());
        DayInput days = new DayInput(Locale.getDefault(Locale.Category.FORMAT));
        days.attach(fromPicker);
        days.attach(toPicker);
        Nodes.error(dateErrorLabel, days.errorProperty());
        fromPicker.valueProperty().bindBidirectional(viewModel.fromDateProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.toDateProperty());
        liveCheck.selectedProperty().bindBidirectional(viewModel.liveProperty());

        SortedList<OrderRow> sorted = new SortedList<>(viewModel.orders());
        sorted.comparatorProperty().bind(ordersTable.comparatorProperty());
        ordersTable.setItems(sorted);
        Tables.text(numberColumn, OrderRow::number);
        Tables.text(statusColumn, OrderRow::status);
        statusColumn.setCellFactory(column -> Badges.statusCell());
        Tables.text(paymentColumn, OrderRow::payment);
        Tables.text(customerColumn, OrderRow::customer);
        Tables.text(totalColumn, OrderRow::total);
        totalColumn.setComparator(Comparator.comparing(OrdersView::amount));
        Tables.text(createdColumn, OrderRow::created);
        Tables.text(updatedColumn, OrderRow::updated);
        Tables.onSelect(ordersTable, OrderRow::id, onSelected);
        Tables.fitToContent(ordersTable, statusColumn);
        Tables.copyable(ordersTable, "order id", row -> row.id().toString());

        refreshButton.disableProperty().bind(viewModel.busyProperty());
        searchButton.disableProperty().bind(viewModel.busyProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        lastUpdatedLabel.textProperty().bind(viewModel.lastUpdatedProperty());
        Nodes.error(errorLabel, viewModel.errorMessageProperty());
        countLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.orders().size() + " orders shown"
                + (viewModel.hasMoreProperty().get() ? ", more on the server" : ""), viewModel.orders(),
                viewModel.hasMoreProperty()));
        Nodes.showWhen(sortHint, Bindings.isNotEmpty(ordersTable.getSortOrder()));
        loadMoreButton.visibleProperty().bind(viewModel.hasMoreProperty());
        loadMoreButton.disableProperty().bind(viewModel.busyProperty());
        detailPane.getChildren().setAll(detail);

        WhileShown.repeat(split, POLL_EVERY, viewModel::pollForChanges, scene -> {
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::refresh);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                    searchField::requestFocus);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN),
                    this::loadMore);
        });
    }

    private static BigDecimal amount(String money) {
        return Formats.amountOf(money).orElse(BigDecimal.ZERO);
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void search() {
        viewModel.search();
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }

    @FXML
    private void loadMore() {
        viewModel.loadMore();
    }

    /** Shows a status by name, and the empty choice as "All statuses". */
    private static final class StatusCell extends ListCell<OrderStatus> {

        @Override
        protected void updateItem(OrderStatus status, boolean empty) {
            super.updateItem(status, empty);
            setText(status == null ? ALL_STATUSES : status.name());
        }
    }
}
