package io.ordo.console.orders;

import io.ordo.client.OrderQuery;
import io.ordo.client.OrdoClient;
import io.ordo.client.Page;
import io.ordo.client.model.OrderStatus;
import io.ordo.client.model.OrderSummary;
import io.ordo.console.common.ErrorMessages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The orders screen's state: one page of orders at a time in the server's order, a status filter
 * that reloads when it changes, and commands to refresh and read on. Server calls run on the IO
 * executor; results land on the UI executor, and only the newest request's result is shown.
 */
public final class OrdersViewModel {

    static final int PAGE_SIZE = 50;

    private final ObservableList<OrderRow> orders = FXCollections.observableArrayList();
    private final ObjectProperty<OrderStatus> statusFilter = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");

    private final OrdoClient client;
    private final Executor io;
    private final Executor ui;
    private final ZoneId zone;

    /** Read and written on the UI executor only. */
    private String nextCursor;
    /** Counts requests on the UI executor, so an answer that a newer request overtook is dropped. */
    private long latestRequest;

    public OrdersViewModel(OrdoClient client, Executor io, Executor ui, ZoneId zone) {
        this.client = client;
        this.io = io;
        this.ui = ui;
        this.zone = zone;
        statusFilter.addListener((property, before, now) -> refresh());
    }

    /** The first page of the orders the filter selects. */
    public OrderQuery query() {
        return OrderQuery.all().withStatus(statusFilter.get()).withLimit(PAGE_SIZE);
    }

    /** Reloads from the first page, replacing what is shown. */
    public void refresh() {
        load(query(), true);
    }

    /** Appends the next page; does nothing while a load runs or at the end of the list. */
    public void loadMore() {
        if (!busy.get() && nextCursor != null) {
            load(query().after(nextCursor), false);
        }
    }

    private void load(OrderQuery query, boolean replace) {
        long request = ++latestRequest;
        busy.set(true);
        io.execute(() -> {
            try {
                Page<OrderSummary> page = client.orders(query);
                List<OrderRow> rows = page.items().stream().map(order -> OrderRow.of(order, zone)).toList();
                ui.execute(() -> showPage(request, rows, page.nextCursor(), replace));
            } catch (RuntimeException failure) {
                String message = ErrorMessages.loadingFailed("orders", failure);
                ui.execute(() -> showFailure(request, message));
            }
        });
    }

    private void showPage(long request, List<OrderRow> rows, String cursor, boolean replace) {
        if (request != latestRequest) {
            return;
        }
        if (replace) {
            orders.setAll(rows);
        } else {
            orders.addAll(rows);
        }
        nextCursor = cursor;
        hasMore.set(cursor != null);
        errorMessage.set("");
        busy.set(false);
    }

    private void showFailure(long request, String message) {
        if (request != latestRequest) {
            return;
        }
        errorMessage.set(message);
        busy.set(false);
    }

    public ObservableList<OrderRow> orders() {
        return FXCollections.unmodifiableObservableList(orders);
    }

    /** The status to show, or null for every status. */
    public ObjectProperty<OrderStatus> statusFilterProperty() {
        return statusFilter;
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
}
