package io.ordo.console.stock;

import io.ordo.client.OrdoClient;
import io.ordo.client.model.LedgerEntry;
import io.ordo.client.Page;
import io.ordo.client.model.ProductStock;
import io.ordo.client.model.StockAdjustment;
import io.ordo.console.common.Background;
import io.ordo.console.common.ErrorMessages;
import io.ordo.console.common.Feedback;
import io.ordo.console.common.Formats;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.ZoneId;

/**
 * One product's stock: its level as inventory keeps it, its ledger (newest movement first), and
 * an adjustment by hand with a required reason, confirmed with what it will do, sent with the
 * level's version so a level that moved meanwhile is not overwritten (412, reloaded).
 */
public final class ProductStockViewModel {

    /** One movement as the ledger table shows it. */
    public record LedgerRow(String at, String movement, String quantity, String order, String actor, String why) {

        static LedgerRow of(LedgerEntry entry, ZoneId zone) {
            String why = entry.reason() == null ? "" : entry.reason();
            if (entry.note() != null && !entry.note().isBlank()) {
                why = why.isEmpty() ? entry.note() : why + ": " + entry.note();
            }
            return new LedgerRow(Formats.dateTime(entry.recordedAt(), zone), entry.movement(),
                    (entry.quantity() > 0 ? "+" : "") + entry.quantity(),
                    entry.orderId() == null ? "" : Formats.shortId(entry.orderId()),
                    entry.actor() == null ? "" : entry.actor(), why);
        }
    }

    static final int LEDGER_PAGE = 50;

    private final ReadOnlyObjectWrapper<ProductStock> level = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Select a product to see its ledger");
    private final ReadOnlyStringWrapper figures = new ReadOnlyStringWrapper("");
    private final ObservableList<LedgerRow> ledger = FXCollections.observableArrayList();
    private final ObservableList<LedgerRow> ledgerView = FXCollections.unmodifiableObservableList(ledger);
    private final StringProperty change = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper confirming = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final Feedback feedback = new Feedback();

    private final OrdoClient client;
    private final Background background;
    private final ZoneId zone;
    private Runnable onAdjusted = () -> { };
    private long latestRequest;
    private int pendingChange;

    public ProductStockViewModel(OrdoClient client, Background background, ZoneId zone) {
        this.client = client;
        this.background = background;
        this.zone = zone;
    }

    /** Called after the server accepted an adjustment (the stock list refreshes on it). */
    public void setOnAdjusted(Runnable onAdjusted) {
        this.onAdjusted = onAdjusted;
    }

    private record Loaded(ProductStock level, Page<LedgerEntry> ledger) {
    }

    /** Reads the product's level and the newest page of its ledger. */
    public void show(String sku) {
        dismiss();
        load(sku);
    }

    private void load(String sku) {
        long request = ++latestRequest;
        busy.set(true);
        background.call(() -> new Loaded(client.inventory().stockLevel(sku),
                client.inventory().ledger(sku, LEDGER_PAGE, null)), loaded -> {
            if (request == latestRequest) {
                busy.set(false);
                display(loaded.level());
                ledger.setAll(loaded.ledger().items().stream().map(entry -> LedgerRow.of(entry, zone)).toList());
            }
        }, failure -> {
            if (request == latestRequest) {
                busy.set(false);
                feedback.say(ErrorMessages.loadingFailed("stock of " + sku, failure), true);
            }
        });
    }

    private void display(ProductStock shown) {
        level.set(shown);
        title.set(shown.sku() + (shown.name() == null ? "" : "  " + shown.name()));
        figures.set("On hand " + shown.onHand() + ", reserved " + shown.reserved() + ", available " + shown.available()
                + (shown.lowStock() ? "  (LOW: at or below " + shown.lowStockThreshold() + ")" : ""));
    }

    /**
     * Checks the adjustment typed and asks to confirm it with what it will do; nothing is sent.
     * The change is a signed whole number, not 0; the reason is required.
     */
    public void begin() {
        ProductStock shown = level.get();
        if (shown == null || busy.get()) {
            return;
        }
        int units;
        try {
            units = Integer.parseInt(change.get() == null ? "" : change.get().strip().replace("+", ""));
        } catch (NumberFormatException notANumber) {
            units = 0;
        }
        if (units == 0) {
            feedback.say("The change is a whole number of units other than 0: +5 counts stock in, -2 out.", true);
            return;
        }
        if (reason.get() == null || reason.get().isBlank()) {
            feedback.say("Say why (stock-take, breakage, found pallet...): the reason is kept in the ledger.", true);
            return;
        }
        pendingChange = units;
        feedback.clear();
        confirmation.set((units > 0 ? "Count " + units + " into " : "Take " + -units + " out of ") + shown.sku()
                + "? On hand goes from " + shown.onHand() + " to " + (shown.onHand() + units) + ".");
        confirming.set(true);
    }

    public void dismiss() {
        confirming.set(false);
        confirmation.set("");
    }

    /** Sends the confirmed adjustment with the level's version, and shows the server's answer. */
    public void confirm() {
        ProductStock asRead = level.get();
        if (!confirming.get() || asRead == null || busy.get()) {
            return;
        }
        dismiss();
        int units = pendingChange;
        String why = reason.get().strip();
        String more = note.get() == null || note.get().isBlank() ? null : note.get().strip();
        busy.set(true);
        background.call(() -> client.inventory().adjustStock(asRead, units, why, more), (StockAdjustment done) -> {
            busy.set(false);
            change.set("");
            note.set("");
            feedback.say("Adjusted " + asRead.sku() + " by " + (units > 0 ? "+" : "") + units + ": on hand "
                    + done.level().onHand() + ", available " + done.level().available() + ".", false);
            load(asRead.sku());
            onAdjusted.run();
        }, failure -> {
            busy.set(false);
            feedback.say(ErrorMessages.changeRefused("adjust the stock of " + asRead.sku(), failure), true);
            load(asRead.sku());
        });
    }

    public ReadOnlyObjectProperty<ProductStock> levelProperty() {
        return level.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** The newest movements first. */
    public ObservableList<LedgerRow> ledger() {
        return ledgerView;
    }

    /** Signed units: +5 counts stock in, -2 out. */
    public StringProperty changeProperty() {
        return change;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty confirmingProperty() {
        return confirming.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return feedback.textProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return feedback.isErrorProperty();
    }
}
