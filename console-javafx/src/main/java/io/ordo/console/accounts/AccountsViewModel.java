package io.ordo.console.accounts;

import io.ordo.client.OrdoClient;
import io.ordo.client.model.GeneratedSecret;
import io.ordo.console.common.Background;
import io.ordo.console.common.ErrorMessages;
import io.ordo.console.common.Feedback;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Users or storefront clients (admins): the list; creating one; disabling, enabling and resetting
 * the password or secret of the selected one, each confirmed. A generated password or secret is
 * shown once, until the next action, since the server keeps only its hash.
 */
public final class AccountsViewModel {

    /** What an admin does to the selected account. */
    public enum Change { DISABLE, ENABLE, RESET }

    private final ObservableList<AccountRow> accounts = FXCollections.observableArrayList();
    private final ObservableList<AccountRow> accountsView = FXCollections.unmodifiableObservableList(accounts);
    private final ObjectProperty<AccountRow> selected = new SimpleObjectProperty<>();
    private final StringProperty newId = new SimpleStringProperty("");
    private final StringProperty newDetail = new SimpleStringProperty("");
    private final Map<String, BooleanProperty> newRoles = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<Change> pending = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper secret = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper secretNote = new ReadOnlyStringWrapper("");
    private final Feedback feedback = new Feedback();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private final AccountKind kind;
    private final OrdoClient client;
    private final Background background;

    public AccountsViewModel(AccountKind kind, OrdoClient client, Background background) {
        this.kind = kind;
        this.client = client;
        this.background = background;
        kind.roles().forEach(role -> newRoles.put(role, new SimpleBooleanProperty("staff".equals(role))));
    }

    public AccountKind kind() {
        return kind;
    }

    public void refresh() {
        AccountRow was = selected.get();
        busy.set(true);
        background.call(() -> kind.list(client), rows -> {
            busy.set(false);
            accounts.setAll(rows);
            selected.set(was == null ? null : rows.stream().filter(row -> row.id().equals(was.id())).findFirst()
                    .orElse(null));
        }, failure -> {
            busy.set(false);
            feedback.say(ErrorMessages.loadingFailed(kind.noun() + "s", failure), true);
        });
    }

    /** Creates the account typed in; its generated password or secret is shown once. */
    public void create() {
        String id = newId.get() == null ? "" : newId.get().strip();
        if (id.isEmpty()) {
            feedback.say("Type the new " + kind.noun() + "'s " + kind.idLabel().toLowerCase(java.util.Locale.ROOT) + " first.", true);
            return;
        }
        String detail = kind == AccountKind.USERS ? String.join(",", chosenRoles()) : newDetail.get();
        try {
            kind.check(detail);
        } catch (IllegalArgumentException wrong) {
            feedback.say(wrong.getMessage(), true);
            return;
        }
        run(() -> kind.create(client, id, detail), "create the " + kind.noun(), created -> {
            newId.set("");
            showSecret(created);
            feedback.say("Created " + kind.noun() + " " + created.account() + ".", false);
        });
    }

    /** Asks to confirm {@code change} of the selected account. */
    public void begin(Change change) {
        AccountRow account = selected.get();
        if (account == null || busy.get()) {
            return;
        }
        confirmation.set(switch (change) {
            case DISABLE -> "Disable " + account.id() + "? It can no longer sign in"
                    + (kind == AccountKind.USERS ? ", and its sessions end." : ": its shop stops placing orders.");
            case ENABLE -> "Enable " + account.id() + " again?";
            case RESET -> kind.resetLabel() + " of " + account.id() + "? The old " + kind.secretNoun()
                    + " stops working at once; the new one is shown once.";
        });
        pending.set(change);
    }

    public void dismiss() {
        pending.set(null);
        confirmation.set("");
    }

    public void confirm() {
        Change change = pending.get();
        AccountRow account = selected.get();
        if (change == null || account == null || busy.get()) {
            return;
        }
        dismiss();
        String id = account.id();
        switch (change) {
            case DISABLE -> run(() -> {
                kind.disable(client, id);
                return null;
            }, "disable " + id, done -> feedback.say("Disabled " + id + ".", false));
            case ENABLE -> run(() -> {
                kind.enable(client, id);
                return null;
            }, "enable " + id, done -> feedback.say("Enabled " + id + ".", false));
            case RESET -> run(() -> kind.reset(client, id), "reset the " + kind.secretNoun() + " of " + id,
                    reset -> {
                        showSecret(reset);
                        feedback.say("New " + kind.secretNoun() + " for " + id + " made.", false);
                    });
        }
    }

    private <T> void run(Callable<T> call, String inWords, java.util.function.Consumer<T> done) {
        secret.set("");
        secretNote.set("");
        busy.set(true);
        background.call(call, result -> {
            busy.set(false);
            done.accept(result);
            refresh();
        }, failure -> {
            busy.set(false);
            feedback.say(ErrorMessages.changeRefused(inWords, failure), true);
        });
    }

    private List<String> chosenRoles() {
        return newRoles.entrySet().stream().filter(role -> role.getValue().get()).map(Map.Entry::getKey).toList();
    }

    private void showSecret(GeneratedSecret generated) {
        secretNote.set("The " + kind.secretNoun() + " of " + generated.account()
                + ", shown once: copy it now and hand it over safely.");
        secret.set(generated.secret());
    }

    public ObservableList<AccountRow> accounts() {
        return accountsView;
    }

    public ObjectProperty<AccountRow> selectedProperty() {
        return selected;
    }

    public StringProperty newIdProperty() {
        return newId;
    }

    /** The display name of a new storefront client. */
    public StringProperty newDetailProperty() {
        return newDetail;
    }

    /** The roles a new account can be given, in the order offered (none for storefront clients). */
    public List<String> knownRoles() {
        return List.copyOf(newRoles.keySet());
    }

    /** Whether the new user gets {@code role}, one of {@link #knownRoles()}; staff at first. */
    public BooleanProperty newRoleProperty(String role) {
        BooleanProperty chosen = newRoles.get(role);
        if (chosen == null) {
            throw new IllegalArgumentException("not a role a new " + kind.noun() + " can be given: " + role);
        }
        return chosen;
    }

    public ReadOnlyObjectProperty<Change> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    /** The generated password or secret, to copy; empty once anything else is done. */
    public ReadOnlyStringProperty secretProperty() {
        return secret.getReadOnlyProperty();
    }

    /** Whose password or secret {@link #secretProperty()} is, and how to treat it. */
    public ReadOnlyStringProperty secretNoteProperty() {
        return secretNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return feedback.textProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return feedback.isErrorProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
