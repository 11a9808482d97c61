package io.ordo.console.reports;

import io.ordo.client.OrdoClient;
import io.ordo.client.ReportQuery;
import io.ordo.client.ReportsApi;
import io.ordo.client.model.PaymentOutcomesDay;
import io.ordo.client.model.ProductSalesDay;
import io.ordo.client.model.Report;
import io.ordo.client.model.SalesDay;
import io.ordo.client.model.StatusCount;
import io.ordo.console.common.Background;
import io.ordo.console.common.ErrorMessages;
import io.ordo.console.common.Formats;
import io.ordo.console.common.StatusTone;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The reports: sales per day, sales per product, orders per status and payment outcomes, read
 * from the server's read models for a range of days and a currency, with how fresh they are.
 * Rows hold numbers for the charts and text for the tables.
 */
public final class ReportsViewModel {

    /** Sales of one day. */
    public record SalesRow(String day, long orders, long units, BigDecimal revenue, BigDecimal refunds,
                           BigDecimal netRevenue, String currency) {
    }

    /** One product's sales over the whole range. */
    public record ProductRow(String sku, String name, long orders, long units, BigDecimal revenue, String currency) {
    }

    /** How many orders are in one status now, and the tone of that status' badge. */
    public record StatusRow(String status, long orders, StatusTone tone) {
    }

    /** Payments of one outcome on one day. */
    public record PaymentRow(String day, String outcome, long payments, BigDecimal amount, String currency) {
    }

    private final ObjectProperty<LocalDate> fromDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> toDate = new SimpleObjectProperty<>();
    private final StringProperty currency = new SimpleStringProperty("");
    private final ObservableList<SalesRow> sales = FXCollections.observableArrayList();
    private final ObservableList<ProductRow> products = FXCollections.observableArrayList();
    private final ObservableList<StatusRow> statuses = FXCollections.observableArrayList();
    private final ObservableList<PaymentRow> payments = FXCollections.observableArrayList();
    private final ObservableList<SalesRow> salesView = FXCollections.unmodifiableObservableList(sales);
    private final ObservableList<ProductRow> productsView = FXCollections.unmodifiableObservableList(products);
    private final ObservableList<StatusRow> statusesView = FXCollections.unmodifiableObservableList(statuses);
    private final ObservableList<PaymentRow> paymentsView = FXCollections.unmodifiableObservableList(payments);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper freshness = new ReadOnlyStringWrapper("");

    private final OrdoClient client;
    private final Background background;
    private final ZoneId zone;
    private long latestRequest;

    public ReportsViewModel(OrdoClient client, Background background, ZoneId zone) {
        this.client = client;
        this.background = background;
        this.zone = zone;
    }

    /** The reports' range and currency; blank currency and empty dates leave the server's defaults (last 30 days). */
    public ReportQuery query() {
        if (fromDate.get() != null && toDate.get() != null && fromDate.get().isAfter(toDate.get())) {
            throw new IllegalArgumentException("The 'from' date is after the 'to' date: swap them or clear one.");
        }
        String code = currency.get() == null || currency.get().isBlank() ? null
                : currency.get().strip().toUpperCase(Locale.ROOT);
        if (code != null && !code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("The currency is a three-letter ISO code such as EUR, or blank for all.");
        }
        return ReportQuery.defaults().between(fromDate.get(), toDate.get()).withCurrency(code);
    }

    private record Loaded(Report<SalesDay> sales, Report<ProductSalesDay> products, Report<StatusCount> statuses,
                          Report<PaymentOutcomesDay> payments) {
    }

    /** Reads the four reports for the range and currency. */
    public void refresh() {
        ReportQuery query;
        try {
            query = query();
        } catch (IllegalArgumentException contradiction) {
            errorMessage.set(contradiction.getMessage());
            return;
        }
        long request = ++latestRequest;
        busy.set(true);
        background.call(() -> {
            ReportsApi reports = client.reports();
            return new Loaded(reports.sales(query), reports.salesByProduct(query), reports.ordersByStatus(),
                    reports.payments(query));
        }, loaded -> {
            if (request == latestRequest) {
                busy.set(false);
                errorMessage.set("");
                show(loaded);
            }
        }, failure -> {
            if (request == latestRequest) {
                busy.set(false);
                errorMessage.set(ErrorMessages.loadingFailed("reports", failure));
            }
        });
    }

    private void show(Loaded loaded) {
        sales.setAll(loaded.sales().rows().stream().map(day -> new SalesRow(day.day().toString(), day.orders(),
                day.quantity(), day.revenue(), day.refunds(), day.netRevenue(), day.currency())).toList());
        Map<String, ProductRow> perProduct = new LinkedHashMap<>();
        for (ProductSalesDay day : loaded.products().rows()) {
            String key = day.sku() + " " + day.currency();
            ProductRow sum = perProduct.get(key);
            perProduct.put(key, sum == null
                    ? new ProductRow(day.sku(), day.name() == null ? "" : day.name(), day.orders(), day.quantity(),
                            day.revenue(), day.currency())
                    : new ProductRow(sum.sku(), sum.name(), sum.orders() + day.orders(), sum.units() + day.quantity(),
                            sum.revenue().add(day.revenue()), sum.currency()));
        }
        products.setAll(perProduct.values().stream().sorted(Comparator.comparing(ProductRow::revenue).reversed()).toList());
        statuses.setAll(loaded.statuses().rows().stream()
                .map(count -> new StatusRow(count.status().name(), count.orders(), StatusTone.of(count.status())))
                .toList());
        payments.setAll(loaded.payments().rows().stream().map(day -> new PaymentRow(day.day().toString(),
                day.outcome(), day.payments(), day.amount(), day.currency())).toList());
        Report<?> oldest = loaded.sales();
        freshness.set("As of " + Formats.dateTime(oldest.asOfTime(), zone) + (oldest.lagEvents() == 0
                ? ", up to date" : ", " + oldest.lagEvents() + " events (" + oldest.lagSeconds() + " s) behind"));
    }

    /** First day (UTC) included; null for 30 days before the last. */
    public ObjectProperty<LocalDate> fromDateProperty() {
        return fromDate;
    }

    /** Last day (UTC) included; null for today. */
    public ObjectProperty<LocalDate> toDateProperty() {
        return toDate;
    }

    /** ISO 4217 code, or blank for every currency. */
    public StringProperty currencyProperty() {
        return currency;
    }

    public ObservableList<SalesRow> sales() {
        return salesView;
    }

    /** Products by revenue, highest first. */
    public ObservableList<ProductRow> products() {
        return productsView;
    }

    public ObservableList<StatusRow> statuses() {
        return statusesView;
    }

    public ObservableList<PaymentRow> payments() {
        return paymentsView;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** "As of 2025-03-02 08:15, up to date" or how far behind the event history the reports are. */
    public ReadOnlyStringProperty freshnessProperty() {
        return freshness.getReadOnlyProperty();
    }
}
