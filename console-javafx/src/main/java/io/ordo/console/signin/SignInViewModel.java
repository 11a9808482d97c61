package io.ordo.console.signin;

import io.ordo.client.AccessToken;
import io.ordo.client.ApiException;
import io.ordo.client.OrdoClient;
import io.ordo.console.common.ErrorMessages;
import io.ordo.console.common.Settings;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The sign-in screen's state and its one command. The server call runs on the IO executor and
 * its outcome is published on the UI executor, so the screen never freezes and tests run
 * without the JavaFX toolkit.
 */
public final class SignInViewModel {

    /** The fields of the screen, to say which one a failed sign-in should be corrected in. */
    public enum Field { SERVER, USERNAME, PASSWORD }

    private final StringProperty serverUrl;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StaffSession> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Field> fieldToCorrect = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canSignIn;

    private final Settings settings;
    private final Function<URI, OrdoClient> connect;
    private final Executor io;
    private final Executor ui;

    /**
     * @param defaultServerUrl what the server field shows at first
     * @param connect          makes a client of a server (where trust stores and timeouts are decided)
     * @param io               runs the blocking server calls
     * @param ui               publishes their outcome where the screen may read it
     */
    public SignInViewModel(String defaultServerUrl, Function<URI, OrdoClient> connect, Executor io, Executor ui) {
        this(defaultServerUrl, connect, io, ui, Settings.inMemory());
    }

    /**
     * @param settings where the server and username last signed in with are remembered
     */
    public SignInViewModel(String defaultServerUrl, Function<URI, OrdoClient> connect, Executor io, Executor ui,
                           Settings settings) {
        this.settings = settings;
        this.serverUrl = new SimpleStringProperty(defaultServerUrl);
        this.username.set(settings.get("signin.username", ""));
        this.connect = connect;
        this.io = io;
        this.ui = ui;
        this.canSignIn = Bindings.createBooleanBinding(
                () -> !busy.get() && isFilled(serverUrl) && isFilled(username) && isFilled(password),
                busy, serverUrl, username, password);
    }

    private static boolean isFilled(StringProperty text) {
        return text.get() != null && !text.get().isBlank();
    }

    /** Signs in with what was typed; on success {@link #sessionProperty()} is set and the password cleared. */
    public void signIn() {
        if (!canSignIn.get()) {
            return;
        }
        fieldToCorrect.set(null);
        Optional<URI> server = parseServerUrl(serverUrl.get().trim());
        if (server.isEmpty()) {
            errorMessage.set("The server address must look like http://host:port or https://host:port.");
            fieldToCorrect.set(Field.SERVER);
            return;
        }
        String user = username.get().trim();
        char[] secret = password.get().toCharArray();
        busy.set(true);
        errorMessage.set("");
        io.execute(() -> signInInBackground(server.get(), user, secret));
    }

    private void signInInBackground(URI server, String user, char[] secret) {
        try {
            OrdoClient client = connect.apply(server);
            AccessToken token = client.loginWithPassword(user, secret);
            StaffSession signedIn = new StaffSession(client.server(), user, TokenClaims.groups(token.value()), client);
            ui.execute(() -> {
                settings.put("signin.server", server.toString());
                settings.put("signin.username", user);
                password.set("");
                busy.set(false);
                session.set(signedIn);
            });
        } catch (RuntimeException failure) {
            String message = ErrorMessages.signInFailed(failure, server);
            Field toCorrect = fieldToCorrect(failure);
            ui.execute(() -> {
                busy.set(false);
                errorMessage.set(message);
                if (toCorrect == Field.PASSWORD) {
                    password.set("");
                }
                fieldToCorrect.set(toCorrect);
            });
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /**
     * Where the person types next after {@code failure}: the server's address when it could not be
     * reached or trusted, the username when the account may not use the console, else the password
     * (which is cleared), never a field whose text the retyped password would replace.
     */
    private static Field fieldToCorrect(RuntimeException failure) {
        if (!(failure instanceof ApiException api) || ErrorMessages.isCertificateProblem(api)) {
            return Field.SERVER;
        }
        return switch (api.kind()) {
            case AUTHENTICATION, RATE_LIMITED -> Field.PASSWORD;
            case FORBIDDEN -> Field.USERNAME;
            default -> api.status() == 0 ? Field.SERVER : Field.PASSWORD;
        };
    }

    /**
     * Back on this screen because the server no longer accepts the session (its refresh token
     * expired or was revoked): say so, and keep the server and username for the new sign-in.
     */
    public void sessionEnded() {
        signedOut();
        errorMessage.set("Your session has ended (signed out on the server, or idle too long). Sign in again.");
    }

    /** Back on this screen after signing out: no session, ready for the next sign-in. */
    public void signedOut() {
        session.set(null);
        password.set("");
        busy.set(false);
        errorMessage.set("");
    }

    private static Optional<URI> parseServerUrl(String text) {
        try {
            URI uri = new URI(text);
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return http && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    public StringProperty serverUrlProperty() {
        return serverUrl;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** True while the server is being asked. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last attempt failed, in words a person can act on; empty when nothing failed. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** Set once sign-in succeeded. */
    public ReadOnlyObjectProperty<StaffSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /**
     * The field to correct after the last failed sign-in, where the cursor goes (a wrong password
     * is cleared); null before an attempt and while one runs.
     */
    public ReadOnlyObjectProperty<Field> fieldToCorrectProperty() {
        return fieldToCorrect.getReadOnlyProperty();
    }

    /** True when every field is filled and no attempt is running. */
    public BooleanBinding canSignInProperty() {
        return canSignIn;
    }
}
