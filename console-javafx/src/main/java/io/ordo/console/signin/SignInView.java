package io.ordo.console.signin;

import io.ordo.console.common.Nodes;
import io.ordo.console.common.Views;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

/** The sign-in screen's controller: binds SignIn.fxml to a {@link SignInViewModel}, nothing more. */
public final class SignInView {

    @FXML
    private TextField serverField;
    @FXML
    private TextField usernameField;
    @FXML
    private PasswordField passwordField;
    @FXML
    private Label errorLabel;
    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private Button signInButton;

    private final SignInViewModel viewModel;

    private SignInView(SignInViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static Parent load(SignInViewModel viewModel) {
        return Views.load(SignInView.class.getResource("SignIn.fxml"), new SignInView(viewModel));
    }

    @FXML
    private void initialize() {
        serverField.textProperty().bindBidirectional(viewModel.serverUrlProperty());
        usernameField.textProperty().bindBidirectional(viewModel.usernameProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        serverField.disableProperty().bind(viewModel.busyProperty());
        usernameField.disableProperty().bind(viewModel.busyProperty());
        passwordField.disableProperty().bind(viewModel.busyProperty());
        Nodes.error(errorLabel, viewModel.errorMessageProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        signInButton.disableProperty().bind(viewModel.canSignInProperty().not());
        // The server address is usually right already: put the cursor where a person types first.
        Platform.runLater(usernameField::requestFocus);
        // The fields were disabled during the attempt, which moved the focus to the first one:
        // put it where the person corrects the attempt instead.
        viewModel.fieldToCorrectProperty().addListener((property, before, field) -> {
            if (field != null) {
                TextField target = switch (field) {
                    case SERVER -> serverField;
                    case USERNAME -> usernameField;
                    case PASSWORD -> passwordField;
                };
                target.requestFocus();
                target.selectAll();
            }
        });
    }

    @FXML
    private void signIn() {
        viewModel.signIn();
    }
}
