package io.ordo.console.accounts;

import io.ordo.console.accounts.AccountsViewModel.Change;
import io.ordo.console.common.Formats;
import io.ordo.console.common.Tables;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
        Label title = new Label(kind.title());
        title.getStyleClass().add("title-3");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button refresh = new Button(null, new FontIcon("fth-refresh-cw"));
        refresh.setOnAction(event -> viewModel.refresh());
        refresh.disableProperty().bind(viewModel.busyProperty());
        HBox top = new HBox(10, title, gap, refresh);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(10, 12, 8, 12));

        TableView<AccountRow> table = new TableView<>(viewModel.accounts());
        table.setId("accountsTable");
        Tables.column(table, kind.idLabel(), 180, AccountRow::id);
        Tables.column(table, kind == AccountKind.USERS ? "Roles" : "Display name", 280, AccountRow::detail);
        Tables.column(table, "Status", 90, row -> row.enabled() ? "enabled" : "disabled");
        Tables.column(table, "Created", 150, row -> Formats.dateTime(row.createdAt(), zone));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((property, before, row) ->
                viewModel.selectedProperty().set(row));

        BooleanBinding none = viewModel.selectedProperty().isNull().or(viewModel.busyProperty());
        Button disable = new Button("Disable", new FontIcon("fth-slash"));
        disable.setOnAction(event -> viewModel.begin(Change.DISABLE));
        disable.disableProperty().bind(none);
        Button enable = new Button("Enable", new FontIcon("fth-check"));
        enable.setOnAction(event -> viewModel.begin(Change.ENABLE));
        enable.disableProperty().bind(none);
        Button reset = new Button(kind.resetLabel(), new FontIcon("fth-key"));
        reset.setOnAction(event -> viewModel.begin(Change.RESET));
        reset.disableProperty().bind(none);
        HBox actions = new HBox(8, new Label("Selected:"), disable, enable, reset);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label question = new Label();
        question.setWrapText(true);
        question.textProperty().bind(viewModel.confirmationProperty());
        Button keep = new Button("Keep as it is");
        keep.setCancelButton(true);
        keep.setOnAction(event -> viewModel.dismiss());
        Button confirm = new Button("Confirm");
        confirm.setId("confirmAccountButton");
        confirm.getStyleClass().add("accent");
        confirm.setOnAction(event -> viewModel.confirm());
        HBox buttons = new HBox(8, keep, confirm);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox confirmBox = new VBox(8, question, buttons);
        confirmBox.getStyleClass().add("confirm-box");
        confirmBox.visibleProperty().bind(viewModel.pendingProperty().isNotNull());
        confirmBox.managedProperty().bind(confirmBox.visibleProperty());

        TextField id = new TextField();
        id.setId("newAccountId");
        id.setPromptText(kind.idLabel());
        id.textProperty().bindBidirectional(viewModel.newIdProperty());
        TextField detail = new TextField();
        detail.setId("newAccountDetail");
        detail.setPromptText(kind.detailLabel());
        detail.setPrefColumnCount(22);
        detail.textProperty().bindBidirectional(viewModel.newDetailProperty());
        Button create = new Button("Create " + kind.noun(), new FontIcon("fth-plus"));
        create.setId("createAccountButton");
        create.setOnAction(event -> viewModel.create());
        create.disableProperty().bind(viewModel.busyProperty());
        HBox creating = new HBox(8, new Label("New:"), id, detail, create);
        creating.setAlignment(Pos.CENTER_LEFT);

        Label secret = new Label();
        secret.setId("secretLabel");
        secret.getStyleClass().add("confirm-box");
        secret.setWrapText(true);
        secret.textProperty().bind(viewModel.secretProperty());
        secret.visibleProperty().bind(viewModel.secretProperty().isNotEmpty());
        secret.managedProperty().bind(secret.visibleProperty());
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.messageIsErrorProperty().addListener((property, before, error) -> {
            message.getStyleClass().removeAll("message-ok", "message-error");
            message.getStyleClass().add(error ? "message-error" : "message-ok");
        });

        VBox bottom = new VBox(8, actions, confirmBox, creating, secret, message);
        bottom.setPadding(new Insets(8, 12, 12, 12));
        return new BorderPane(table, top, null, bottom, null);
    }
}
