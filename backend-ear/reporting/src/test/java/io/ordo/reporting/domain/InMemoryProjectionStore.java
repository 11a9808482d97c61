package io.ordo.reporting.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/** The read models of one generation in maps, stored and added to as the database store does. */
final class InMemoryProjectionStore implements ProjectionStore {

    /** Everything the read models hold, comparable with equals (amounts without trailing zeros). */
    record Contents(Map<UUID, TrackedOrder> orders, Map<String, StockLevel> stock,
                    Map<Tally.SalesKey, SalesFigures> salesByDay, Map<Tally.ProductSalesKey, SalesFigures> salesByProduct,
                    Map<OrderStatus, Long> ordersByStatus, Map<Tally.StatusChangeKey, Long> statusChanges,
                    Map<Tally.PaymentKey, PaymentFigures> paymentOutcomes, Map<String, String> productNames) {
    }

    private final Map<UUID, TrackedOrder> orders = new TreeMap<>();
    private final Map<String, StockLevel> stock = new TreeMap<>();
    private final Map<Tally.SalesKey, SalesFigures> salesByDay = new TreeMap<>();
    private final Map<Tally.ProductSalesKey, SalesFigures> salesByProduct = new TreeMap<>();
    private final Map<OrderStatus, Long> ordersByStatus = new TreeMap<>();
    private final Map<Tally.StatusChangeKey, Long> statusChanges = new TreeMap<>();
    private final Map<Tally.PaymentKey, PaymentFigures> paymentOutcomes = new TreeMap<>();
    private final Map<String, String> productNames = new TreeMap<>();

    @Override
    public Map<UUID, TrackedOrder> lockOrders(int generation, Collection<UUID> ids) {
        Map<UUID, TrackedOrder> known = new HashMap<>();
        ids.stream().filter(orders::containsKey).forEach(id -> known.put(id, orders.get(id)));
        return known;
    }

    @Override
    public Map<String, StockLevel> lockStock(int generation, Collection<String> skus) {
        Map<String, StockLevel> known = new HashMap<>();
        skus.stream().filter(stock::containsKey).forEach(sku -> known.put(sku, stock.get(sku)));
        return known;
    }

    @Override
    public void save(int generation, Projection projection) {
        projection.newOrders().forEach(order -> orders.put(order.id(), order));
        projection.updatedOrders().forEach(order -> orders.put(order.id(), order));
        projection.newStock().forEach(level -> stock.put(level.sku(), level));
        projection.updatedStock().forEach(level -> stock.put(level.sku(), level));
        Tally tally = projection.tally();
        add(salesByDay, tally.salesByDay(), SalesFigures::plus);
        add(salesByProduct, tally.salesByProduct(), SalesFigures::plus);
        add(ordersByStatus, tally.ordersByStatus(), Long::sum);
        add(statusChanges, tally.statusChanges(), Long::sum);
        add(paymentOutcomes, tally.paymentOutcomes(), PaymentFigures::plus);
        productNames.putAll(tally.productNames());
    }

    @Override
    public void discardAllBut(Collection<Integer> kept) {
        throw new UnsupportedOperationException("one generation only");
    }

    Contents contents() {
        return new Contents(Map.copyOf(orders), Map.copyOf(stock),
                normalised(salesByDay, InMemoryProjectionStore::normalised),
                normalised(salesByProduct, InMemoryProjectionStore::normalised),
                ordersByStatus.entrySet().stream().filter(e -> e.getValue() != 0)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                Map.copyOf(statusChanges),
                normalised(paymentOutcomes, figures -> new PaymentFigures(figures.payments(), plain(figures.amount()))),
                Map.copyOf(productNames));
    }

    private static <K, V> void add(Map<K, V> stored, Map<K, V> increments, BinaryOperator<V> plus) {
        increments.forEach((key, increment) -> stored.merge(key, increment, plus));
    }

    private static <K, V> Map<K, V> normalised(Map<K, V> values, java.util.function.UnaryOperator<V> normalise) {
        return values.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> normalise.apply(e.getValue())));
    }

    private static SalesFigures normalised(SalesFigures figures) {
        return new SalesFigures(figures.orders(), figures.quantity(), plain(figures.revenue()), figures.refundedOrders(),
                figures.refundedQuantity(), plain(figures.refunds()));
    }

    private static BigDecimal plain(BigDecimal amount) {
        return amount.stripTrailingZeros();
    }
}
