package io.ordo.console.orders;

import io.ordo.client.model.OrderStatus;
import io.ordo.console.common.Views;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The orders screen's controller: binds Orders.fxml to an {@link OrdersViewModel}, nothing more. */
public final class OrdersView {

    private static final String ALL_STATUSES = "All statuses";

    @FXML
    private ComboBox<OrderStatus> statusFilter;
    @FXML
    private Button refreshButton;
    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private TableView<OrderRow> ordersTable;
    @FXML
    private TableColumn<OrderRow, String> statusColumn;
    @FXML
    private TableColumn<OrderRow, String> customerColumn;
    @FXML
    private TableColumn<OrderRow, String> totalColumn;
    @FXML
    private TableColumn<OrderRow, String> updatedColumn;
    @FXML
    private Label errorLabel;
    @FXML
    private Button loadMoreButton;

    private final OrdersViewModel viewModel;

    private OrdersView(OrdersViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static Parent load(OrdersViewModel viewModel) {
        return Views.load(OrdersView.class.getResource("Orders.fxml"), new OrdersView(viewModel));
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

        ordersTable.setItems(viewModel.orders());
        show(statusColumn, OrderRow::status);
        show(customerColumn, OrderRow::customer);
        show(totalColumn, OrderRow::total);
        show(updatedColumn, OrderRow::updated);

        refreshButton.disableProperty().bind(viewModel.busyProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        errorLabel.textProperty().bind(viewModel.errorMessageProperty());
        errorLabel.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty());
        loadMoreButton.visibleProperty().bind(viewModel.hasMoreProperty());
        loadMoreButton.disableProperty().bind(viewModel.busyProperty());
    }

    private static void show(TableColumn<OrderRow, String> column, Function<OrderRow, String> cell) {
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(cell.apply(row.getValue())));
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
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
