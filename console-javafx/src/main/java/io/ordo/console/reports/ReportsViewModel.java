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
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** A figure read at a glance, for the range and for the period of the same length just before it. */
    public record Kpi(String name, String value, String previous) {
    }

    /** Payments of one outcome on one day. */
    public record PaymentRow(String day, String outcome, long payments, BigDecimal amount, String currency) {
    }

    /** The days a range without a first day covers, ending with its last. */
    static final int DEFAULT_DAYS = 30;

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
    private final ObservableList<Kpi> kpis = FXCollections.observableArrayList();
    private final ObservableList<Kpi> kpisView = FXCollections.unmodifiableObservableList(kpis);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper freshness = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exported = new ReadOnlyStringWrapper("");

    private final OrdoClient client;
    private final Background background;
    private final ZoneId zone;
    private final Clock clock;
    private long latestRequest;

    public ReportsViewModel(OrdoClient client, Background background, ZoneId zone) {
        this(client, background, zone, Clock.systemUTC());
    }

    /** @param clock what "today" is, the last day of a range left open */
    public ReportsViewModel(OrdoClient client, Background background, ZoneId zone, Clock clock) {
        this.client = client;
        this.background = background;
        this.zone = zone;
        this.clock = clock;
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
        LocalDate last = toDate.get() != null ? toDate.get() : LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate first = fromDate.get() != null ? fromDate.get() : last.minusDays(DEFAULT_DAYS - 1);
        return ReportQuery.defaults().between(first, last).withCurrency(code);
    }

    /** The same number of days, ending the day before {@code query}'s range starts. */
    private static ReportQuery previousPeriod(ReportQuery query) {
        long days = ChronoUnit.DAYS.between(query.from(), query.to()) + 1;
        return query.between(query.from().minusDays(days), query.from().minusDays(1));
    }

    private record Loaded(Report<SalesDay> sales, Report<ProductSalesDay> products, Report<StatusCount> statuses,
                          Report<PaymentOutcomesDay> payments, Report<SalesDay> previousSales,
                          Report<PaymentOutcomesDay> previousPayments) {
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
            ReportQuery before = previousPeriod(query);
            return new Loaded(reports.sales(query), reports.salesByProduct(query), reports.ordersByStatus(),
                    reports.payments(query), reports.sales(before), reports.payments(before));
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
        sales.setAll(withDaysWithoutSales(loaded.sales().rows().stream().map(day -> new SalesRow(day.day().toString(),
                day.orders(), day.quantity(), day.revenue(), day.refunds(), day.netRevenue(), day.currency())).toList()));
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
        kpis.setAll(Kpis.of(loaded.sales().rows(), loaded.payments().rows(), loaded.previousSales().rows(),
                loaded.previousPayments().rows()));
        Report<?> oldest = loaded.sales();
        freshness.set("As of " + Formats.dateTime(oldest.asOfTime(), zone) + (oldest.lagEvents() == 0
                ? ", up to date" : ", " + oldest.lagEvents() + " events (" + oldest.lagSeconds() + " s) behind"));
    }

    /**
     * The sales of every day of the range, per currency sold in: a day without sales is a row of
     * zeros rather than a gap the chart would close. The range is the one asked for, else the days
     * the server answered for.
     */
    private List<SalesRow> withDaysWithoutSales(List<SalesRow> days) {
        if (days.isEmpty()) {
            return days;
        }
        LocalDate first = fromDate.get() != null ? fromDate.get()
                : days.stream().map(day -> LocalDate.parse(day.day())).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = toDate.get() != null ? toDate.get()
                : days.stream().map(day -> LocalDate.parse(day.day())).max(Comparator.naturalOrder()).orElseThrow();
        Map<String, SalesRow> sold = new LinkedHashMap<>();
        days.forEach(day -> sold.put(day.day() + " " + day.currency(), day));
        List<String> currencies = days.stream().map(SalesRow::currency).distinct().sorted().toList();
        List<SalesRow> every = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (String code : currencies) {
                every.add(sold.getOrDefault(day + " " + code, new SalesRow(day.toString(), 0, 0, BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.ZERO, code)));
            }
        }
        return every;
    }

    /** Writes {@code csv} (a report as {@link CsvExport} wrote it) to {@code file} off the UI thread, and says how that went. */
    public void export(String csv, Path file) {
        background.call(() -> Files.writeString(file, csv, StandardCharsets.UTF_8), written -> {
            exported.set("Saved " + file.getFileName() + ".");
            errorMessage.set("");
        }, failure -> errorMessage.set("Could not save " + file + ": " + whyNotWritten(failure)));
    }

    private static String whyNotWritten(Throwable failure) {
        if (failure instanceof NoSuchFileException) {
            return "its folder does not exist. Choose another place.";
        }
        if (failure instanceof AccessDeniedException) {
            return "you may not write there. Choose another place.";
        }
        return failure.getMessage();
    }

    /** What the last export said: where the report was saved; empty before one. */
    public ReadOnlyStringProperty exportedProperty() {
        return exported.getReadOnlyProperty();
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

    /** Orders, revenue, average order value and payment failure rate, each beside the previous period's. */
    public ObservableList<Kpi> kpis() {
        return kpisView;
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
