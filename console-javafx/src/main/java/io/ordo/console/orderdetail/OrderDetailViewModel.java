package io.ordo.console.orderdetail;

import io.ordo.client.OrdoClient;
import io.ordo.client.model.Customer;
import io.ordo.client.model.Order;
import io.ordo.client.model.Shipment;
import io.ordo.console.common.Background;
import io.ordo.console.common.ErrorMessages;
import io.ordo.console.common.Feedback;
import io.ordo.console.common.Formats;
import io.ordo.console.common.StatusTone;
import io.ordo.console.common.Texts;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One order in full: lines and totals, customer, payment, its history as a timeline, and the
 * changes that are legal now as the server says ({@code actions}). A change is two steps: begin
 * it (the screen asks to confirm, with what will happen, and for a reason or the shipment), then
 * confirm; the server's answer is shown in words, and a refusal (409: not in this state; 412:
 * changed meanwhile) reloads the order so the person decides on what is true now.
 */
public final class OrderDetailViewModel {

    static final String PERSONAL_DATA_HIDDEN = "Hidden: your role may not see customers' personal data.";

    private final ReadOnlyObjectWrapper<Order> order = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("No order selected");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusTone> tone = new ReadOnlyObjectWrapper<>(StatusTone.MUTED);
    private final ReadOnlyStringWrapper payment = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper customer = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper facts = new ReadOnlyStringWrapper("");
    private final ObservableList<LineRow> lines = FXCollections.observableArrayList();
    /** One read-only view, kept: listeners on a view live only as long as the view itself. */
    private final ObservableList<LineRow> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    /** One read-only view, kept: listeners on a view live only as long as the view itself. */
    private final ObservableList<TimelineEntry> timelineView = FXCollections.unmodifiableObservableList(timeline);

    private final ReadOnlyObjectWrapper<OrderAction> pendingAction = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty carrier = new SimpleStringProperty("");
    private final StringProperty trackingNumber = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final Feedback feedback = new Feedback();
    private final BooleanBinding canConfirm;

    private final OrdoClient client;
    private final Background background;
    private final ZoneId zone;
    private final boolean maySeePersonalData;
    private Consumer<Order> onChanged = changed -> { };
    private long latestRequest;
    /** True while {@link #follow()} waits for the server: one look at a time. */
    private boolean following;

    /**
     * @param maySeePersonalData whether the signed-in roles may see the customer's name, email,
     *                           phone and address (staff and admins); others see that it is hidden
     */
    public OrderDetailViewModel(OrdoClient client, Background background, ZoneId zone, boolean maySeePersonalData) {
        this.client = client;
        this.background = background;
        this.zone = zone;
        this.maySeePersonalData = maySeePersonalData;
        this.canConfirm = Bindings.createBooleanBinding(() -> pendingAction.get() != null && !busy.get()
                        && (pendingAction.get() != OrderAction.SHIP || (filled(carrier) && filled(trackingNumber))),
                pendingAction, busy, carrier, trackingNumber);
    }

    private static boolean filled(StringProperty text) {
        return text.get() != null && !text.get().isBlank();
    }

    /** Called with the order after every change the server accepted (the board refreshes on it). */
    public void setOnChanged(Consumer<Order> onChanged) {
        this.onChanged = onChanged;
    }

    /** Loads the order and shows it; a pending confirmation is dropped. */
    public void show(UUID id) {
        dismiss();
        feedback.clear();
        load(id);
    }

    /** Reads the shown order again. */
    public void reload() {
        if (order.get() != null) {
            load(order.get().id());
        }
    }

    /**
     * Reads the shown order again, quietly, and shows it if it changed elsewhere (shipped from the
     * CLI, paid by the gateway, cancelled by a colleague), so the status and the actions offered
     * follow the order as the live board does. A confirmation waiting for an action that is no
     * longer legal is dropped, and said so; one still legal is asked again for the order as it is
     * now. Does nothing while a load or a change is under way, or while the last look is.
     */
    public void follow() {
        Order shown = order.get();
        if (shown == null || busy.get() || following) {
            return;
        }
        following = true;
        long request = latestRequest;
        background.call(() -> client.order(shown.id()), latest -> {
            following = false;
            if (request == latestRequest && !busy.get() && latest.version() != order.get().version()) {
                changedElsewhere(latest);
            }
        }, failure -> following = false);   // the next look tries again; the board says when the server is away
    }

    private void changedElsewhere(Order latest) {
        display(latest);
        OrderAction waiting = pendingAction.get();
        if (waiting == null) {
            return;
        }
        if (allows(waiting)) {
            confirmation.set(waiting.question(latest));
        } else {
            dismiss();
            feedback.say("Order " + Formats.shortId(latest.id()) + " changed meanwhile and is " + latest.status()
                    + " now: it can no longer be " + waiting.pastParticiple() + ".", true);
        }
    }

    private void load(UUID id) {
        long request = ++latestRequest;
        busy.set(true);
        background.call(() -> client.order(id), loaded -> {
            if (request == latestRequest) {
                busy.set(false);
                display(loaded);
            }
        }, failure -> {
            if (request == latestRequest) {
                busy.set(false);
                feedback.say(ErrorMessages.loadingFailed("order", failure), true);
            }
        });
    }

    private void display(Order shown) {
        order.set(shown);
        title.set("Order " + Formats.shortId(shown.id()));
        status.set(shown.status().name());
        tone.set(StatusTone.of(shown.status()));
        payment.set(shown.paymentStatus() == null ? "" : "Payment " + shown.paymentStatus());
        total.set(Formats.money(shown.total()));
        customer.set(maySeePersonalData ? Texts.lines(describe(shown.customer())) : PERSONAL_DATA_HIDDEN);
        facts.set(Texts.lines(facts(shown)));
        lines.setAll(shown.lines().stream().map(LineRow::of).toList());
        timeline.setAll(shown.history().stream().map(change -> TimelineEntry.of(change, zone)).toList());
    }

    static final String PERSONAL_DATA_ERASED = "No personal data: erased at the customer's request.";

    private static String describe(Customer customer) {
        if (customer == null || customer.name() == null && customer.email() == null) {
            return PERSONAL_DATA_ERASED;
        }
        StringBuilder text = new StringBuilder(nonNull(customer.name()));
        for (String detail : new String[] {customer.email(), customer.phone(), customer.address()}) {
            if (detail != null && !detail.isBlank()) {
                text.append('\n').append(detail);
            }
        }
        return text.toString();
    }

    private String facts(Order shown) {
        StringBuilder text = new StringBuilder("Placed " + Formats.dateTime(shown.createdAt(), zone)
                + ", updated " + Formats.dateTime(shown.updatedAt(), zone));
        if (shown.failureReason() != null && !shown.failureReason().isBlank()) {
            text.append("\nFailed. ").append(FailureReasons.inWords(shown.failureReason()));
        }
        if (shown.reservedUntil() != null && "RESERVED".equals(shown.status().name())) {
            text.append("\nStock held until ").append(Formats.dateTime(shown.reservedUntil(), zone));
        }
        Shipment shipment = shown.shipment();
        if (shipment != null) {
            text.append("\nShipped with ").append(shipment.carrier()).append(", tracking ")
                    .append(shipment.trackingNumber());
        }
        return text.toString();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** Whether {@code action} is legal for the shown order now (and nothing is under way). */
    public boolean allows(OrderAction action) {
        return order.get() != null && order.get().allows(action.apiName());
    }

    /** Asks to confirm {@code action}; ignored when the order does not allow it now. */
    public void begin(OrderAction action) {
        if (busy.get() || !allows(action)) {
            return;
        }
        reason.set("");
        carrier.set("");
        trackingNumber.set("");
        feedback.clear();
        confirmation.set(action.question(order.get()));
        pendingAction.set(action);
    }

    /** Drops the pending confirmation; nothing is sent. */
    public void dismiss() {
        pendingAction.set(null);
        confirmation.set("");
    }

    /** Sends the pending action with the order's version, and shows the server's answer. */
    public void confirm() {
        if (!canConfirm.get()) {
            return;
        }
        OrderAction action = pendingAction.get();
        Order asRead = order.get();
        String why = reason.get() == null || reason.get().isBlank() ? null : reason.get().strip();
        Shipment shipment = new Shipment(nonNull(carrier.get()).strip(), nonNull(trackingNumber.get()).strip());
        long request = ++latestRequest;
        busy.set(true);
        background.call(() -> switch (action) {
            case CANCEL -> client.cancelOrder(asRead, why);
            case RETRY -> client.retryOrder(asRead, why);
            case SHIP -> client.shipOrder(asRead, shipment);
        }, after -> {
            busy.set(false);
            dismiss();
            if (request == latestRequest) {
                display(after);
            }
            feedback.say(action.done(after), false);
            onChanged.accept(after);
        }, failure -> {
            busy.set(false);
            dismiss();
            feedback.say(ErrorMessages.changeRefused(action.inWords(), failure), true);
            load(asRead.id());
        });
    }

    public ReadOnlyObjectProperty<Order> orderProperty() {
        return order.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusTone> toneProperty() {
        return tone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty paymentProperty() {
        return payment.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Name, email, phone and address, one per line; or why they are hidden. */
    public ReadOnlyStringProperty customerProperty() {
        return customer.getReadOnlyProperty();
    }

    /** Times, failure reason, stock deadline and shipment, one per line. */
    public ReadOnlyStringProperty factsProperty() {
        return facts.getReadOnlyProperty();
    }

    public ObservableList<LineRow> lines() {
        return linesView;
    }

    /** The history, oldest first. */
    public ObservableList<TimelineEntry> timeline() {
        return timelineView;
    }

    /** The action waiting for confirmation, or null. */
    public ReadOnlyObjectProperty<OrderAction> pendingActionProperty() {
        return pendingAction.getReadOnlyProperty();
    }

    /** What the pending action will do, as a question. */
    public ReadOnlyStringProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    /** Kept in the order's history (cancel, retry); optional. */
    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty carrierProperty() {
        return carrier;
    }

    public StringProperty trackingNumberProperty() {
        return trackingNumber;
    }

    public BooleanBinding canConfirmProperty() {
        return canConfirm;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The server's last answer in words, or why loading failed; empty when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return feedback.textProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return feedback.isErrorProperty();
    }

    /** The actions the shown order allows now, in the order the screen offers them. */
    public List<OrderAction> legalActions() {
        return java.util.Arrays.stream(OrderAction.values()).filter(this::allows).toList();
    }
}
