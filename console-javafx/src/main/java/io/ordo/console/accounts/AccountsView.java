package io.ordo.console.accounts;

import io.ordo.console.accounts.AccountsViewModel.Change;
import io.ordo.console.common.Clipboards;
import io.ordo.console.common.ConfirmBar;
import io.ordo.console.common.Formats;
import io.ordo.console.common.Nodes;
import io.ordo.console.common.Tables;
import io.ordo.console.common.TopBar;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.ZoneId;

/** The users and storefront clients screen's view, built in code. Binds only. */
public final class AccountsView {

    private final AccountsViewModel viewModel;
    private final ZoneId zone;

    private AccountsView(AccountsViewModel viewModel, ZoneId zone) {
        this.viewModel = viewModel;
        this.zone = zone;
    }

    public static Parent load(AccountsViewModel viewModel, ZoneId zone) {
        return new AccountsView(viewModel, zone).build();
    }

    private Parent build() {
        AccountKind kind = viewModel.kind();
        HBox top = TopBar.of(kind.title(), TopBar.refresh(viewModel::refresh, viewModel.busyProperty()));

        TableView<AccountRow> table = new TableView<>(viewModel.accounts());
        table.setId("accountsTable");
        Tables.column(table, kind.idLabel(), 180, AccountRow::id);
        Tables.column(table, kind == AccountKind.USERS ? "Roles" : "Display name", 280, AccountRow::detail);
        Tables.column(table, "Status", 90, row -> row.enabled() ? "enabled" : "disabled");
        Tables.column(table, "Created", 150, row -> Formats.dateTime(row.createdAt(), zone));
        Tables.fitToContent(table);
        table.getSelectionModel().selectedItemProperty().addListener((property, before, row) ->
                viewModel.selectedProperty().set(row));

        HBox actions = new HBox(8, new Label("Selected:"), change("Disable", "fth-slash", Change.DISABLE),
                change("Enable", "fth-check", Change.ENABLE), change(kind.resetLabel(), "fth-key", Change.RESET));
        actions.setAlignment(Pos.CENTER_LEFT);

        Button keep = ConfirmBar.keep("Keep as it is", viewModel::dismiss);
        keep.setCancelButton(true);
        VBox confirmBox = ConfirmBar.of(viewModel.confirmationProperty(), viewModel.pendingProperty().isNotNull(), keep,
                ConfirmBar.confirm("Confirm", "confirmAccountButton", viewModel::confirm));

        TextField id = new TextField();
        id.setId("newAccountId");
        id.setPromptText(kind.idLabel());
        id.textProperty().bindBidirectional(viewModel.newIdProperty());
        Button create = new Button("Create " + kind.noun(), new FontIcon("fth-plus"));
        create.setId("createAccountButton");
        create.setOnAction(event -> viewModel.create());
        create.disableProperty().bind(viewModel.busyProperty());
        HBox creating = new HBox(8, new Label("New:"), id);
        if (kind.roles().isEmpty()) {
            TextField detail = new TextField();
            detail.setId("newAccountDetail");
            detail.setPromptText(kind.detailLabel());
            detail.setPrefColumnCount(22);
            detail.textProperty().bindBidirectional(viewModel.newDetailProperty());
            creating.getChildren().add(detail);
        } else {
            creating.getChildren().add(new Label(kind.detailLabel() + ":"));
            for (String role : viewModel.knownRoles()) {
                CheckBox chosen = new CheckBox(role);
                chosen.setId("newRole-" + role);
                chosen.selectedProperty().bindBidirectional(viewModel.newRoleProperty(role));
                creating.getChildren().add(chosen);
            }
        }
        creating.getChildren().add(create);
        creating.setAlignment(Pos.CENTER_LEFT);

        Label secretNote = new Label();
        secretNote.setWrapText(true);
        secretNote.textProperty().bind(viewModel.secretNoteProperty());
        // A read-only field, not a label: the secret can be selected and copied with Ctrl+C as well.
        TextField secretField = new TextField();
        secretField.setId("secretField");
        secretField.setEditable(false);
        secretField.setPrefColumnCount(28);
        secretField.textProperty().bind(viewModel.secretProperty());
        Button copy = new Button("Copy", new FontIcon("fth-copy"));
        copy.setId("copySecretButton");
        copy.setOnAction(event -> Clipboards.put(viewModel.secretProperty().get()));
        HBox secretRow = new HBox(8, secretField, copy);
        secretRow.setAlignment(Pos.CENTER_LEFT);
        VBox secret = new VBox(8, secretNote, secretRow);
        secret.getStyleClass().add("confirm-box");
        Nodes.showWhen(secret, viewModel.secretProperty().isNotEmpty());
        Label message = new Label();
        message.setWrapText(true);
        Nodes.message(message, viewModel.messageProperty(), viewModel.messageIsErrorProperty());

        VBox bottom = new VBox(8, actions, confirmBox, creating, secret, message);
        bottom.setPadding(new Insets(8, 12, 12, 12));
        return new BorderPane(table, top, null, bottom, null);
    }

    /** A button that asks to confirm {@code change} of the selected account; disabled with none selected. */
    private Button change(String text, String icon, Change change) {
        Button button = new Button(text, new FontIcon(icon));
        button.setOnAction(event -> viewModel.begin(change));
        button.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.busyProperty()));
        return button;
    }
}
