package io.ordo.console.deadletters;

import io.ordo.client.DeadLetterQuery;
import io.ordo.client.OrdoClient;
import io.ordo.client.Page;
import io.ordo.client.model.DeadLetter;
import io.ordo.client.model.DeadLetterStatus;
import io.ordo.client.model.DeadLetterSummary;
import io.ordo.console.common.Background;
import io.ordo.console.common.ErrorMessages;
import io.ordo.console.common.Feedback;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.ZoneId;

/**
 * The dead letters (admins): messages a consumer kept failing on, parked ones first shown; the
 * selected one in full, and replay or discard, each confirmed, with the server's answer in words
 * (a replay that fails again is a 409 with the new error, and the letter stays parked).
 */
public final class DeadLettersViewModel {

    /** What an admin does with a parked message. */
    public enum Resolution {
        REPLAY("replay the message", "Replay message %d through its consumer again? Do it once the cause is fixed."),
        DISCARD("discard the message", "Discard message %d for good? It stays on record as DISCARDED.");

        private final String inWords;
        private final String question;

        Resolution(String inWords, String question) {
            this.inWords = inWords;
            this.question = question;
        }
    }

    private final ObservableList<DeadLetterRow> letters = FXCollections.observableArrayList();
    /** One read-only view, kept: listeners on a view live only as long as the view itself. */
    private final ObservableList<DeadLetterRow> lettersView = FXCollections.unmodifiableObservableList(letters);
    private final ObjectProperty<DeadLetterStatus> statusFilter = new SimpleObjectProperty<>(DeadLetterStatus.PARKED);
    private final ReadOnlyObjectWrapper<DeadLetter> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Resolution> pending = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    private final Feedback feedback = new Feedback();

    private final OrdoClient client;
    private final Background background;
    private final ZoneId zone;
    private String nextCursor;
    private long latestRequest;

    public DeadLettersViewModel(OrdoClient client, Background background, ZoneId zone) {
        this.client = client;
        this.background = background;
        this.zone = zone;
        statusFilter.addListener((property, before, now) -> refresh());
    }

    public DeadLetterQuery query() {
        return DeadLetterQuery.all().withStatus(statusFilter.get());
    }

    public void refresh() {
        load(query(), true);
    }

    public void loadMore() {
        if (!busy.get() && nextCursor != null) {
            load(query().after(nextCursor), false);
        }
    }

    private void load(DeadLetterQuery query, boolean replace) {
        long request = ++latestRequest;
        busy.set(true);
        background.call(() -> client.deadLetters(query), page -> show(request, page, replace), failure -> {
            if (request == latestRequest) {
                busy.set(false);
                feedback.say(ErrorMessages.loadingFailed("dead letters", failure), true);
            }
        });
    }

    private void show(long request, Page<DeadLetterSummary> page, boolean replace) {
        if (request != latestRequest) {
            return;
        }
        var rows = page.items().stream().map(letter -> DeadLetterRow.of(letter, zone)).toList();
        if (replace) {
            letters.setAll(rows);
        } else {
            letters.addAll(rows);
        }
        nextCursor = page.nextCursor();
        hasMore.set(nextCursor != null);
        busy.set(false);
    }

    /** Reads the letter in full, message included. */
    public void select(long id) {
        dismiss();
        background.call(() -> client.deadLetter(id), selected::set,
                failure -> feedback.say(ErrorMessages.loadingFailed("dead letter", failure), true));
    }

    /** Asks to confirm {@code resolution} of the selected letter; only a PARKED one can be resolved. */
    public void begin(Resolution resolution) {
        DeadLetter letter = selected.get();
        if (letter == null || busy.get() || !DeadLetterStatus.PARKED.equals(letter.status())) {
            return;
        }
        confirmation.set(resolution.question.formatted(letter.id()));
        pending.set(resolution);
    }

    public void dismiss() {
        pending.set(null);
        confirmation.set("");
    }

    public void confirm() {
        Resolution resolution = pending.get();
        DeadLetter letter = selected.get();
        if (resolution == null || letter == null || busy.get()) {
            return;
        }
        dismiss();
        busy.set(true);
        background.call(() -> resolution == Resolution.REPLAY
                ? client.replayDeadLetter(letter.id()) : client.discardDeadLetter(letter.id()), resolved -> {
            busy.set(false);
            selected.set(resolved);
            feedback.say("Message " + resolved.id() + " is " + resolved.status() + " now.", false);
            refresh();
        }, failure -> {
            busy.set(false);
            feedback.say(ErrorMessages.changeRefused(resolution.inWords, failure), true);
            select(letter.id());
        });
    }

    public ObservableList<DeadLetterRow> letters() {
        return lettersView;
    }

    /** PARKED by default; null for every status. */
    public ObjectProperty<DeadLetterStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ReadOnlyObjectProperty<DeadLetter> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Resolution> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return feedback.textProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return feedback.isErrorProperty();
    }
}
