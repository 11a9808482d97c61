package io.ordo.console.orders;

import io.ordo.client.OrderQuery;
import io.ordo.client.OrdoClient;
import io.ordo.client.Page;
import io.ordo.client.model.OrderStatus;
import io.ordo.client.model.OrderSummary;
import io.ordo.console.common.Background;
import io.ordo.console.common.ErrorMessages;
import io.ordo.console.common.Formats;
import io.ordo.console.common.Settings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The order board's state: the orders the filters select, newest first as the server pages them
 * (keyset paging, so any number of orders), read on page by page; filters for status, customer
 * email, free text and a range of creation dates (remembered between runs); and a live mode in
 * which {@link #pollForChanges()} merges the server's newest page into what is shown without
 * losing the pages already read. Only the newest request's answer is shown.
 */
public final class OrdersViewModel {

    static final int PAGE_SIZE = 50;

    private final ObservableList<OrderRow> orders = FXCollections.observableArrayList();
    /** One read-only view, kept: listeners on a view live only as long as the view itself. */
    private final ObservableList<OrderRow> ordersView = FXCollections.unmodifiableObservableList(orders);
    private final ObjectProperty<OrderStatus> statusFilter = new SimpleObjectProperty<>();
    private final StringProperty customerFilter = new SimpleStringProperty("");
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> fromDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> toDate = new SimpleObjectProperty<>();
    private final BooleanProperty live = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastUpdated = new ReadOnlyStringWrapper("");

    private final OrdoClient client;
    private final Background background;
    private final ZoneId zone;
    private final Settings settings;
    private final Clock clock;

    /** Read and written on the UI executor only. */
    private String nextCursor;
    /** The query the rows shown answer; polls ask it again. */
    private OrderQuery shownQuery;
    /** Counts requests on the UI executor, so an answer that a newer request overtook is dropped. */
    private long latestRequest;
    private boolean polling;

    public OrdersViewModel(OrdoClient client, Background background, ZoneId zone, Settings settings, Clock clock) {
        this.client = client;
        this.background = background;
        this.zone = zone;
        this.settings = settings;
        this.clock = clock;
        restoreFilters();
        statusFilter.addListener((property, before, now) -> refresh());
        fromDate.addListener((property, before, now) -> refresh());
        toDate.addListener((property, before, now) -> refresh());
    }

    private void restoreFilters() {
        settings.get("orders.status").map(OrderStatus::of).ifPresent(statusFilter::set);
        customerFilter.set(settings.get("orders.customer", ""));
        searchText.set(settings.get("orders.text", ""));
        fromDate.set(settings.get("orders.from").flatMap(OrdersViewModel::date).orElse(null));
        toDate.set(settings.get("orders.to").flatMap(OrdersViewModel::date).orElse(null));
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private void rememberFilters() {
        settings.put("orders.status", statusFilter.get() == null ? null : statusFilter.get().name());
        settings.put("orders.customer", customerFilter.get());
        settings.put("orders.text", searchText.get());
        settings.put("orders.from", fromDate.get() == null ? null : fromDate.get().toString());
        settings.put("orders.to", toDate.get() == null ? null : toDate.get().toString());
    }

    /**
     * The first page of the orders the filters select. The date range covers whole days in the
     * staff member's time zone, both ends included.
     *
     * @throws IllegalArgumentException with a message for people when the filters contradict themselves
     */
    public OrderQuery query() {
        LocalDate from = fromDate.get();
        LocalDate to = toDate.get();
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The 'from' date is after the 'to' date: swap them or clear one.");
        }
        String customer = trimmed(customerFilter.get());
        if (customer != null && !customer.contains("@")) {
            throw new IllegalArgumentException("The customer filter takes the customer's full email address; "
                    + "to find a customer by name, type it in Search.");
        }
        return OrderQuery.all()
                .withStatus(statusFilter.get())
                .withCustomerEmail(customer)
                .withText(trimmed(searchText.get()))
                .createdBetween(from == null ? null : from.atStartOfDay(zone).toInstant(),
                        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant())
                .withLimit(PAGE_SIZE);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Reloads from the first page with the filters as they are now, replacing what is shown. */
    public void refresh() {
        OrderQuery query;
        try {
            query = query();
        } catch (IllegalArgumentException contradiction) {
            latestRequest++;
            errorMessage.set(contradiction.getMessage());
            busy.set(false);
            return;
        }
        rememberFilters();
        load(query, true);
    }

    /** Same as {@link #refresh()}: what the Search button and Enter in a filter field do. */
    public void search() {
        refresh();
    }

    /** Clears every filter and shows all orders. */
    public void clearFilters() {
        customerFilter.set("");
        searchText.set("");
        long before = latestRequest;
        statusFilter.set(null);
        fromDate.set(null);
        toDate.set(null);
        if (latestRequest == before) {
            refresh();
        }
    }

    /** Appends the next page; does nothing while a load runs or at the end of the list. */
    public void loadMore() {
        if (!busy.get() && nextCursor != null && shownQuery != null) {
            load(shownQuery.after(nextCursor), false);
        }
    }

    private void load(OrderQuery query, boolean replace) {
        long request = ++latestRequest;
        busy.set(true);
        background.call(() -> client.orders(query),
                page -> showPage(request, query, page, replace),
                failure -> showFailure(request, ErrorMessages.loadingFailed("orders", failure)));
    }

    private void showPage(long request, OrderQuery query, Page<OrderSummary> page, boolean replace) {
        if (request != latestRequest) {
            return;
        }
        List<OrderRow> rows = rows(page);
        if (replace) {
            orders.setAll(rows);
            shownQuery = query.after(null);
        } else {
            orders.addAll(rows);
        }
        nextCursor = page.nextCursor();
        hasMore.set(nextCursor != null);
        errorMessage.set("");
        lastUpdated.set("Updated " + Formats.time(clock.instant(), zone));
        busy.set(false);
    }

    private List<OrderRow> rows(Page<OrderSummary> page) {
        return page.items().stream().map(order -> OrderRow.of(order, zone)).toList();
    }

    private void showFailure(long request, String message) {
        if (request != latestRequest) {
            return;
        }
        errorMessage.set(message);
        busy.set(false);
    }

    /**
     * Asks the server for the newest page of the shown query and merges it in: new orders appear
     * on top, orders that changed are updated where they are, orders that no longer match the
     * filters leave, and the pages read beyond the first stay. Does nothing while live mode is off,
     * while another load runs, or while a poll is still under way.
     */
    public void pollForChanges() {
        if (live.get()) {
            update();
        }
    }

    /**
     * Merges the server's newest page into what is shown, as a poll does, whether live mode is on
     * or not: after a change made on this screen. Does nothing while another load or poll runs.
     */
    public void update() {
        if (busy.get() || polling || shownQuery == null) {
            return;
        }
        polling = true;
        long request = latestRequest;
        OrderQuery query = shownQuery;
        background.call(() -> client.orders(query), page -> {
            polling = false;
            if (request == latestRequest && !busy.get()) {
                merge(page);
            }
        }, failure -> {
            polling = false;
            if (request == latestRequest && !busy.get()) {
                errorMessage.set(ErrorMessages.loadingFailed("orders", failure));
            }
        });
    }

    private void merge(Page<OrderSummary> newest) {
        List<OrderRow> fresh = rows(newest);
        List<OrderRow> merged = new ArrayList<>(fresh);
        if (newest.nextCursor() == null || fresh.isEmpty()) {
            nextCursor = null;
        } else if (orders.size() <= PAGE_SIZE) {
            nextCursor = newest.nextCursor();
        } else {
            Set<UUID> inFresh = new HashSet<>();
            fresh.forEach(row -> inFresh.add(row.id()));
            OrderRow oldestFresh = fresh.get(fresh.size() - 1);
            for (OrderRow row : orders) {
                if (!inFresh.contains(row.id()) && !row.createdAt().isAfter(oldestFresh.createdAt())) {
                    merged.add(row);
                }
            }
        }
        hasMore.set(nextCursor != null);
        replaceChangedRows(merged);
        errorMessage.set("");
        lastUpdated.set("Updated " + Formats.time(clock.instant(), zone));
    }

    /** Changes only the rows that differ, so the table keeps its selection and scroll position. */
    private void replaceChangedRows(List<OrderRow> merged) {
        boolean sameOrders = merged.size() == orders.size();
        for (int i = 0; sameOrders && i < merged.size(); i++) {
            sameOrders = merged.get(i).id().equals(orders.get(i).id());
        }
        if (!sameOrders) {
            orders.setAll(merged);
            return;
        }
        for (int i = 0; i < merged.size(); i++) {
            if (!merged.get(i).equals(orders.get(i))) {
                orders.set(i, merged.get(i));
            }
        }
    }

    public ObservableList<OrderRow> orders() {
        return ordersView;
    }

    /** The status to show, or null for every status; changing it reloads. */
    public ObjectProperty<OrderStatus> statusFilterProperty() {
        return statusFilter;
    }

    /** The customer's email address (exact, any case); applied by {@link #search()}. */
    public StringProperty customerFilterProperty() {
        return customerFilter;
    }

    /** Whole words of the customer's name or email (all of them must match); applied by {@link #search()}. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** Orders created on or after this day; changing it reloads. */
    public ObjectProperty<LocalDate> fromDateProperty() {
        return fromDate;
    }

    /** Orders created on or before this day; changing it reloads. */
    public ObjectProperty<LocalDate> toDateProperty() {
        return toDate;
    }

    /** Whether {@link #pollForChanges()} asks the server (the board's "Live" switch). */
    public BooleanProperty liveProperty() {
        return live;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when the server has more orders after those shown. */
    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    /** Why the last load failed, in words a person can act on; empty when it did not. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** When the rows shown last came from the server, e.g. "Updated 14:05:12". */
    public ReadOnlyStringProperty lastUpdatedProperty() {
        return lastUpdated.getReadOnlyProperty();
    }
}
