package io.ordo.console.deadletters;

import io.ordo.client.model.DeadLetter;
import io.ordo.client.model.DeadLetterStatus;
import io.ordo.console.common.ConfirmBar;
import io.ordo.console.common.Nodes;
import io.ordo.console.common.Tables;
import io.ordo.console.common.Views;
import io.ordo.console.deadletters.DeadLettersViewModel.Resolution;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The dead letters screen's controller: binds DeadLetters.fxml to a {@link DeadLettersViewModel}, nothing more. */
public final class DeadLettersView {

    @FXML
    private ComboBox<DeadLetterStatus> statusFilter;
    @FXML
    private Button refreshButton;
    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private TableView<DeadLetterRow> lettersTable;
    @FXML
    private TableColumn<DeadLetterRow, String> idColumn;
    @FXML
    private TableColumn<DeadLetterRow, String> consumerColumn;
    @FXML
    private TableColumn<DeadLetterRow, String> typeColumn;
    @FXML
    private TableColumn<DeadLetterRow, String> statusColumn;
    @FXML
    private TableColumn<DeadLetterRow, String> attemptsColumn;
    @FXML
    private TableColumn<DeadLetterRow, String> lastFailedColumn;
    @FXML
    private TableColumn<DeadLetterRow, String> errorColumn;
    @FXML
    private Label selectedLabel;
    @FXML
    private Button replayButton;
    @FXML
    private Button discardButton;
    @FXML
    private VBox confirmBox;
    @FXML
    private Label confirmationLabel;
    @FXML
    private Button confirmButton;
    @FXML
    private Label messageLabel;
    @FXML
    private TextArea messageArea;
    @FXML
    private Button loadMoreButton;

    private final DeadLettersViewModel viewModel;

    private DeadLettersView(DeadLettersViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static Parent load(DeadLettersViewModel viewModel) {
        return Views.load(DeadLettersView.class.getResource("DeadLetters.fxml"), new DeadLettersView(viewModel));
    }

    @FXML
    private void initialize() {
        List<DeadLetterStatus> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(Arrays.asList(DeadLetterStatus.values()));
        statusFilter.setItems(FXCollections.observableList(choices));
        statusFilter.setCellFactory(list -> new StatusCell());
        statusFilter.setButtonCell(new StatusCell());
        statusFilter.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        refreshButton.disableProperty().bind(viewModel.busyProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());

        lettersTable.setItems(viewModel.letters());
        Tables.text(idColumn, row -> Long.toString(row.id()));
        Tables.text(consumerColumn, DeadLetterRow::consumer);
        Tables.text(typeColumn, DeadLetterRow::eventType);
        Tables.text(statusColumn, DeadLetterRow::status);
        Tables.text(attemptsColumn, DeadLetterRow::attempts);
        Tables.text(lastFailedColumn, DeadLetterRow::lastFailed);
        Tables.text(errorColumn, DeadLetterRow::lastError);
        Tables.fitToContent(lettersTable);
        lettersTable.getSelectionModel().selectedItemProperty().addListener((property, before, row) -> {
            if (row != null) {
                viewModel.select(row.id());
            }
        });

        selectedLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            DeadLetter letter = viewModel.selectedProperty().get();
            return letter == null ? "Select a message to read it" : "Message " + letter.id() + ": " + letter.eventType()
                    + " for " + letter.consumer() + " (" + letter.status() + ")";
        }, viewModel.selectedProperty()));
        messageArea.textProperty().bind(Bindings.createStringBinding(() -> {
            DeadLetter letter = viewModel.selectedProperty().get();
            return letter == null ? "" : "Last error: " + letter.lastError() + "\n\n" + letter.message();
        }, viewModel.selectedProperty()));
        BooleanBinding parked = Bindings.createBooleanBinding(() -> viewModel.selectedProperty().get() != null
                && DeadLetterStatus.PARKED.equals(viewModel.selectedProperty().get().status()), viewModel.selectedProperty());
        replayButton.disableProperty().bind(parked.not().or(viewModel.busyProperty()));
        discardButton.disableProperty().bind(parked.not().or(viewModel.busyProperty()));
        ConfirmBar.bind(confirmBox, confirmationLabel, viewModel.confirmationProperty(),
                viewModel.pendingProperty().isNotNull());
        confirmButton.disableProperty().bind(viewModel.pendingProperty().isNull());
        Nodes.message(messageLabel, viewModel.messageProperty(), viewModel.messageIsErrorProperty());
        Nodes.showWhen(messageLabel, viewModel.messageProperty().isNotEmpty());
        loadMoreButton.visibleProperty().bind(viewModel.hasMoreProperty());
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void loadMore() {
        viewModel.loadMore();
    }

    @FXML
    private void beginReplay() {
        viewModel.begin(Resolution.REPLAY);
    }

    @FXML
    private void beginDiscard() {
        viewModel.begin(Resolution.DISCARD);
    }

    @FXML
    private void confirm() {
        viewModel.confirm();
    }

    @FXML
    private void dismiss() {
        viewModel.dismiss();
    }

    private static final class StatusCell extends ListCell<DeadLetterStatus> {

        @Override
        protected void updateItem(DeadLetterStatus status, boolean empty) {
            super.updateItem(status, empty);
            setText(status == null ? "All" : status.name());
        }
    }
}
