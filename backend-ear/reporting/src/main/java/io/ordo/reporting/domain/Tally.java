package io.ordo.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run of facts adds to the aggregate read models: increments per day, product, status,
 * currency and outcome, to be added to the stored figures. Increments commute, so they can be
 * added in any order and by several writers; keys are sorted so that writers lock rows in the
 * same order.
 */
public final class Tally {

    /** Sales of one day in one currency. */
    public record SalesKey(LocalDate day, String currency) implements Comparable<SalesKey> {
        private static final Comparator<SalesKey> ORDER =
                Comparator.comparing(SalesKey::day).thenComparing(SalesKey::currency);

        @Override
        public int compareTo(SalesKey other) {
            return ORDER.compare(this, other);
        }
    }

    /** Sales of one product on one day in one currency. */
    public record ProductSalesKey(LocalDate day, String sku, String currency) implements Comparable<ProductSalesKey> {
        private static final Comparator<ProductSalesKey> ORDER = Comparator.comparing(ProductSalesKey::day)
                .thenComparing(ProductSalesKey::sku).thenComparing(ProductSalesKey::currency);

        @Override
        public int compareTo(ProductSalesKey other) {
            return ORDER.compare(this, other);
        }
    }

    /** Orders that moved into one status on one day. */
    public record StatusChangeKey(LocalDate day, OrderStatus status) implements Comparable<StatusChangeKey> {
        private static final Comparator<StatusChangeKey> ORDER =
                Comparator.comparing(StatusChangeKey::day).thenComparing(StatusChangeKey::status);

        @Override
        public int compareTo(StatusChangeKey other) {
            return ORDER.compare(this, other);
        }
    }

    /** Payments that reached one outcome on one day in one currency. */
    public record PaymentKey(LocalDate day, String currency, PaymentOutcome outcome) implements Comparable<PaymentKey> {
        private static final Comparator<PaymentKey> ORDER = Comparator.comparing(PaymentKey::day)
                .thenComparing(PaymentKey::currency).thenComparing(PaymentKey::outcome);

        @Override
        public int compareTo(PaymentKey other) {
            return ORDER.compare(this, other);
        }
    }

    private final Map<SalesKey, SalesFigures> salesByDay = new TreeMap<>();
    private final Map<ProductSalesKey, SalesFigures> salesByProduct = new TreeMap<>();
    private final Map<OrderStatus, Long> ordersByStatus = new EnumMap<>(OrderStatus.class);
    private final Map<StatusChangeKey, Long> statusChanges = new TreeMap<>();
    private final Map<PaymentKey, PaymentFigures> paymentOutcomes = new TreeMap<>();
    private final Map<String, String> productNames = new TreeMap<>();

    void sale(LocalDate day, String currency, BigDecimal revenue, List<SoldLine> lines) {
        long quantity = lines.stream().mapToLong(SoldLine::quantity).sum();
        salesByDay.merge(new SalesKey(day, currency), SalesFigures.sale(quantity, revenue), SalesFigures::plus);
        for (SoldLine line : lines) {
            salesByProduct.merge(new ProductSalesKey(day, line.sku(), currency),
                    SalesFigures.sale(line.quantity(), line.total()), SalesFigures::plus);
        }
    }

    void refund(LocalDate day, String currency, BigDecimal amount, List<SoldLine> lines) {
        long quantity = lines.stream().mapToLong(SoldLine::quantity).sum();
        salesByDay.merge(new SalesKey(day, currency), SalesFigures.refund(quantity, amount), SalesFigures::plus);
        for (SoldLine line : lines) {
            salesByProduct.merge(new ProductSalesKey(day, line.sku(), currency),
                    SalesFigures.refund(line.quantity(), line.total()), SalesFigures::plus);
        }
    }

    void moved(OrderStatus from, OrderStatus to, LocalDate day) {
        if (from != null) {
            ordersByStatus.merge(from, -1L, Long::sum);
        }
        ordersByStatus.merge(to, 1L, Long::sum);
        statusChanges.merge(new StatusChangeKey(day, to), 1L, Long::sum);
    }

    void paymentOutcome(LocalDate day, String currency, PaymentOutcome outcome, BigDecimal amount) {
        paymentOutcomes.merge(new PaymentKey(day, currency, outcome), new PaymentFigures(1, amount), PaymentFigures::plus);
    }

    void named(List<SoldLine> lines) {
        lines.stream().filter(line -> line.name() != null).forEach(line -> productNames.put(line.sku(), line.name()));
    }

    public Map<SalesKey, SalesFigures> salesByDay() {
        return Collections.unmodifiableMap(salesByDay);
    }

    public Map<ProductSalesKey, SalesFigures> salesByProduct() {
        return Collections.unmodifiableMap(salesByProduct);
    }

    /** Net change of the number of orders in each status; zero entries are left out. */
    public Map<OrderStatus, Long> ordersByStatus() {
        Map<OrderStatus, Long> changed = new EnumMap<>(OrderStatus.class);
        ordersByStatus.forEach((status, delta) -> {
            if (delta != 0) {
                changed.put(status, delta);
            }
        });
        return Collections.unmodifiableMap(changed);
    }

    public Map<StatusChangeKey, Long> statusChanges() {
        return Collections.unmodifiableMap(statusChanges);
    }

    public Map<PaymentKey, PaymentFigures> paymentOutcomes() {
        return Collections.unmodifiableMap(paymentOutcomes);
    }

    /** The latest name seen for each product. */
    public Map<String, String> productNames() {
        return Collections.unmodifiableMap(productNames);
    }
}
