package io.ordo.console.stuck;

import io.ordo.client.OrdoClient;
import io.ordo.client.ReportQuery;
import io.ordo.client.model.OrderStatus;
import io.ordo.client.model.StuckOrder;
import io.ordo.console.common.Background;
import io.ordo.console.common.ErrorMessages;
import io.ordo.console.common.Formats;
import io.ordo.console.common.Settings;
import io.ordo.console.common.StatusTone;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders that sat too long in a state: the server's stuck-orders read model (orders not in a final
 * state, with the time they entered it), judged against a threshold per state that staff set
 * (remembered between runs), the most urgent (longest past its threshold, relatively) first.
 */
public final class StuckOrdersViewModel {

    /** The states an order should leave on its own or by staff, with how long is too long by default. */
    static final Map<OrderStatus, Integer> DEFAULT_MINUTES = defaults();
    /** At most this many orders are read, page by page, per refresh. */
    static final int MOST = 1000;

    private static Map<OrderStatus, Integer> defaults() {
        Map<OrderStatus, Integer> minutes = new LinkedHashMap<>();
        minutes.put(OrderStatus.CREATED, 2);
        minutes.put(OrderStatus.VALIDATED, 5);
        minutes.put(OrderStatus.RESERVED, 15);
        minutes.put(OrderStatus.PAID, 24 * 60);
        return minutes;
    }

    private final Map<OrderStatus, IntegerProperty> thresholds = new LinkedHashMap<>();
    private final BooleanProperty showAll = new SimpleBooleanProperty(false);
    private final ObservableList<StuckRow> orders = FXCollections.observableArrayList();
    private final ObservableList<StuckRow> ordersView = FXCollections.unmodifiableObservableList(orders);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    private final OrdoClient client;
    private final Background background;
    private final ZoneId zone;
    private final Settings settings;
    private final Clock clock;
    private List<StuckOrder> fetched = List.of();
    private Instant asOf;

    public StuckOrdersViewModel(OrdoClient client, Background background, ZoneId zone, Settings settings, Clock clock) {
        this.client = client;
        this.background = background;
        this.zone = zone;
        this.settings = settings;
        this.clock = clock;
        DEFAULT_MINUTES.forEach((status, minutes) -> {
            IntegerProperty threshold = new SimpleIntegerProperty(readMinutes(status, minutes));
            threshold.addListener((property, before, now) -> {
                settings.put(key(status), Integer.toString(Math.max(1, now.intValue())));
                judge();
            });
            thresholds.put(status, threshold);
        });
        showAll.addListener((property, before, now) -> judge());
    }

    private static String key(OrderStatus status) {
        return "stuck.minutes." + status.name();
    }

    private int readMinutes(OrderStatus status, int fallback) {
        try {
            return Math.max(1, Integer.parseInt(settings.get(key(status), Integer.toString(fallback))));
        } catch (NumberFormatException unreadable) {
            return fallback;
        }
    }

    /** Reads the stuck orders again (up to {@link #MOST}) and judges them. */
    public void refresh() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        background.call(() -> client.reports().allStuckOrders(ReportQuery.defaults().withLimit(200)).limit(MOST).toList(),
                rows -> {
                    busy.set(false);
                    errorMessage.set("");
                    fetched = rows;
                    asOf = clock.instant();
                    judge();
                }, failure -> {
                    busy.set(false);
                    errorMessage.set(ErrorMessages.loadingFailed("stuck orders", failure));
                });
    }

    private void judge() {
        Instant now = clock.instant();
        List<StuckRow> rows = fetched.stream()
                .filter(order -> thresholds.containsKey(order.status()))
                .map(order -> row(order, now))
                .filter(row -> showAll.get() || row.urgency() >= 1.0)
                .sorted(Comparator.comparingDouble(StuckRow::urgency).reversed())
                .toList();
        orders.setAll(rows);
        long overdue = rows.stream().filter(row -> row.urgency() >= 1.0).count();
        summary.set(asOf == null ? "" : overdue + (overdue == 1 ? " order is" : " orders are") + " past the threshold of their state"
                + " (of " + fetched.size() + " not final), as of " + Formats.time(asOf, zone));
    }

    private StuckRow row(StuckOrder order, Instant now) {
        Duration inStatus = Duration.between(order.since(), now);
        Duration threshold = Duration.ofMinutes(thresholds.get(order.status()).get());
        double urgency = (double) inStatus.toSeconds() / Math.max(1, threshold.toSeconds());
        return new StuckRow(order.orderId(), Formats.shortId(order.orderId()), order.status().name(),
                StatusTone.of(order.status()), Formats.age(inStatus), Formats.age(threshold),
                Formats.dateTime(order.since(), zone),
                Formats.money(order.total(), order.currency()), urgency);
    }

    /** The threshold of {@code status} in minutes; changing it re-judges the orders at once and is remembered. */
    public IntegerProperty thresholdMinutesProperty(OrderStatus status) {
        IntegerProperty threshold = thresholds.get(status);
        if (threshold == null) {
            throw new IllegalArgumentException(status + " has no threshold: it is final or unknown");
        }
        return threshold;
    }

    /** The states that have a threshold, in lifecycle order. */
    public List<OrderStatus> judgedStates() {
        return List.copyOf(thresholds.keySet());
    }

    /** Also show orders not yet past their threshold (still the most urgent first). */
    public BooleanProperty showAllProperty() {
        return showAll;
    }

    public ObservableList<StuckRow> orders() {
        return ordersView;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** "3 orders are past the threshold of their state (of 12 not final), as of 14:05:12". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
