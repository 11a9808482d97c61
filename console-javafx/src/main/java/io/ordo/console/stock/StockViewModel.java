package io.ordo.console.stock;

import io.ordo.client.ApiException;
import io.ordo.client.OrdoClient;
import io.ordo.client.ProductQuery;
import io.ordo.client.ReportQuery;
import io.ordo.client.model.Report;
import io.ordo.client.model.StockLevel;
import io.ordo.console.common.Background;
import io.ordo.console.common.ErrorMessages;
import io.ordo.console.common.Formats;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stock per product from the server's stock read model: on hand, reserved, available, whether it
 * is low (at or below a threshold staff may set; else the server's) and its days of cover at the
 * recent pace of sales. Filtered by text on screen; low-stock products first.
 */
public final class StockViewModel {

    /** One product's stock as the table shows it. */
    public record StockRow(String sku, String name, int onHand, int reserved, int available, boolean low,
                           long soldInPeriod, String daysOfCover) {
    }

    private final StringProperty threshold = new SimpleStringProperty("");
    private final BooleanProperty lowOnly = new SimpleBooleanProperty(false);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<StockRow> products = FXCollections.observableArrayList();
    private final ObservableList<StockRow> productsView = FXCollections.unmodifiableObservableList(products);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    private final OrdoClient client;
    private final Background background;
    private final ZoneId zone;
    private List<StockRow> fetched = List.of();
    private long latestRequest;

    public StockViewModel(OrdoClient client, Background background, ZoneId zone) {
        this.client = client;
        this.background = background;
        this.zone = zone;
        filter.addListener((property, before, now) -> applyFilter());
        lowOnly.addListener((property, before, now) -> refresh());
    }

    /** The threshold typed, or null for the server's. */
    Integer thresholdValue() {
        String text = threshold.get() == null ? "" : threshold.get().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            int units = Integer.parseInt(text);
            if (units >= 0) {
                return units;
            }
        } catch (NumberFormatException notANumber) {
            // explained below
        }
        throw new IllegalArgumentException("The low-stock threshold is a whole number of units (0 or more), "
                + "or blank for the server's.");
    }

    public void refresh() {
        Integer units;
        try {
            units = thresholdValue();
        } catch (IllegalArgumentException wrong) {
            errorMessage.set(wrong.getMessage());
            return;
        }
        long request = ++latestRequest;
        busy.set(true);
        ReportQuery query = ReportQuery.defaults().withStock(units, null, lowOnly.get());
        background.call(() -> new Loaded(client.reports().stock(query), catalogueNames()), loaded -> {
            if (request == latestRequest) {
                busy.set(false);
                errorMessage.set("");
                show(loaded.report(), loaded.names());
            }
        }, failure -> {
            if (request == latestRequest) {
                busy.set(false);
                errorMessage.set(ErrorMessages.loadingFailed("stock levels", failure));
            }
        });
    }

    private record Loaded(Report<StockLevel> report, Map<String, String> names) {
    }

    /**
     * Product names from the catalogue: the stock read model knows a product's name only once an
     * event carried it (a sale), so unsold products would show none. Without the catalogue the
     * names the read model has are shown.
     */
    private Map<String, String> catalogueNames() {
        try {
            Map<String, String> names = new HashMap<>();
            client.allProducts(ProductQuery.firstPage().withLimit(100)).limit(5000)
                    .forEach(product -> names.put(product.sku(), product.name()));
            return names;
        } catch (ApiException noCatalogue) {
            return Map.of();
        }
    }

    private void show(Report<StockLevel> report, Map<String, String> names) {
        fetched = report.rows().stream()
                .map(level -> new StockRow(level.sku(), level.name() != null ? level.name()
                        : names.getOrDefault(level.sku(), ""), level.onHand(),
                        level.reserved(), level.available(), level.lowStock(), level.soldInPeriod(),
                        level.daysOfCover() == null ? "no recent sales" : level.daysOfCover().stripTrailingZeros()
                                .toPlainString() + " d"))
                .sorted((a, b) -> Boolean.compare(b.low(), a.low()))
                .toList();
        long low = fetched.stream().filter(StockRow::low).count();
        summary.set(fetched.size() + " products, " + low + " low on stock; as of "
                + Formats.dateTime(report.asOfTime(), zone));
        applyFilter();
    }

    private void applyFilter() {
        String text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        products.setAll(fetched.stream().filter(row -> text.isEmpty()
                || row.sku().toLowerCase(Locale.ROOT).contains(text)
                || row.name().toLowerCase(Locale.ROOT).contains(text)).toList());
    }

    /** Available units at or below which a product is low; blank for the server's threshold. */
    public StringProperty thresholdProperty() {
        return threshold;
    }

    public BooleanProperty lowOnlyProperty() {
        return lowOnly;
    }

    /** Text in the SKU or name; applied at once, on the rows already read. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** Low-stock products first. */
    public ObservableList<StockRow> products() {
        return productsView;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
