package io.ordo.reporting.infrastructure;

import io.ordo.reporting.application.Rows;
import io.ordo.reporting.domain.ConcurrentProjectionException;
import io.ordo.reporting.domain.OrderStatus;
import io.ordo.reporting.domain.PaymentOutcome;
import io.ordo.reporting.domain.Projection;
import io.ordo.reporting.domain.ProjectionStore;
import io.ordo.reporting.domain.SalesFigures;
import io.ordo.reporting.domain.SoldLine;
import io.ordo.reporting.domain.StockLevel;
import io.ordo.reporting.domain.Tally;
import io.ordo.reporting.domain.TrackedOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The read models in the {@code reporting} schema, every row keyed by its generation. Orders and
 * stock levels are rows of their own; the tally is added to the aggregate tables with upserts,
 * so adding is safe whoever else adds at the same time.
 */
@ApplicationScoped
public class JpaProjectionStore implements ProjectionStore {

    /** Every read model table, each with a {@code generation} column. */
    private static final List<String> TABLES = List.of("orders", "stock_levels", "products", "sales_by_day",
            "sales_by_product", "orders_by_status", "status_changes_by_day", "payment_outcomes_by_day");

    /** Added to what a sales row holds when the row exists already. */
    private static final String ADD_SALES = """
              orders = s.orders + excluded.orders, quantity = s.quantity + excluded.quantity,
              revenue = s.revenue + excluded.revenue, refunded_orders = s.refunded_orders + excluded.refunded_orders,
              refunded_quantity = s.refunded_quantity + excluded.refunded_quantity, refunds = s.refunds + excluded.refunds
            """;

    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Override
    public Map<UUID, TrackedOrder> lockOrders(int generation, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select order_id, version, status, status_since, currency, total, cast(lines as text), sold_on, refunded_on,
                       payment_attempt, payment_outcome
                from reporting.orders where generation = ?1 and order_id in (?2)
                order by order_id
                for update
                """)
                .setParameter(1, generation)
                .setParameter(2, List.copyOf(ids))
                .getResultList();
        return rows.stream().map(JpaProjectionStore::trackedOrder)
                .collect(Collectors.toMap(TrackedOrder::id, Function.identity()));
    }

    @Override
    public Map<String, StockLevel> lockStock(int generation, Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select sku, on_hand, reserved, version, counted_at from reporting.stock_levels
                where generation = ?1 and sku in (?2)
                order by sku
                for update
                """)
                .setParameter(1, generation)
                .setParameter(2, List.copyOf(skus))
                .getResultList();
        return rows.stream()
                .map(row -> new StockLevel((String) row[0], ((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
                        Rows.count(row[3]), Rows.instant(row[4])))
                .collect(Collectors.toMap(StockLevel::sku, Function.identity()));
    }

    @Override
    public void save(int generation, Projection projection) {
        projection.newOrders().forEach(order -> insert(generation, order));
        projection.updatedOrders().forEach(order -> update(generation, order));
        projection.newStock().forEach(level -> insert(generation, level));
        projection.updatedStock().forEach(level -> update(generation, level));
        add(generation, projection.tally());
    }

    @Override
    public void discardAllBut(Collection<Integer> kept) {
        for (String table : TABLES) {
            entityManager.createNativeQuery("delete from reporting." + table + " where generation not in (?1)")
                    .setParameter(1, List.copyOf(kept))
                    .executeUpdate();
        }
    }

    private void insert(int generation, TrackedOrder order) {
        int inserted = orderValues(entityManager.createNativeQuery("""
                insert into reporting.orders (generation, order_id, version, status, status_since, currency, total, lines,
                                              sold_on, refunded_on, payment_attempt, payment_outcome)
                values (?1, ?2, ?3, cast(?4 as varchar), cast(?5 as timestamptz), cast(?6 as varchar), cast(?7 as numeric),
                        cast(?8 as jsonb), cast(?9 as date), cast(?10 as date), ?11, cast(?12 as varchar))
                on conflict do nothing
                """), generation, order).executeUpdate();
        if (inserted != 1) {
            throw new ConcurrentProjectionException("order " + order.id() + " was projected by someone else meanwhile");
        }
    }

    private void update(int generation, TrackedOrder order) {
        orderValues(entityManager.createNativeQuery("""
                update reporting.orders set version = ?3, status = cast(?4 as varchar), status_since = cast(?5 as timestamptz),
                  currency = cast(?6 as varchar), total = cast(?7 as numeric), lines = cast(?8 as jsonb),
                  sold_on = cast(?9 as date), refunded_on = cast(?10 as date), payment_attempt = ?11,
                  payment_outcome = cast(?12 as varchar)
                where generation = ?1 and order_id = ?2
                """), generation, order).executeUpdate();
    }

    private static Query orderValues(Query query, int generation, TrackedOrder order) {
        return query.setParameter(1, generation)
                .setParameter(2, order.id())
                .setParameter(3, order.version())
                .setParameter(4, order.status() == null ? null : order.status().name())
                .setParameter(5, order.statusSince() == null ? null : Timestamp.from(order.statusSince()))
                .setParameter(6, order.currency())
                .setParameter(7, order.total())
                .setParameter(8, JSONB.toJson(order.lines()))
                .setParameter(9, order.soldOn() == null ? null : Date.valueOf(order.soldOn()))
                .setParameter(10, order.refundedOn() == null ? null : Date.valueOf(order.refundedOn()))
                .setParameter(11, order.paymentAttempt())
                .setParameter(12, order.paymentOutcome() == null ? null : order.paymentOutcome().name());
    }

    private void insert(int generation, StockLevel level) {
        int inserted = stockValues(entityManager.createNativeQuery("""
                insert into reporting.stock_levels (generation, sku, on_hand, reserved, version, counted_at)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict do nothing
                """), generation, level).executeUpdate();
        if (inserted != 1) {
            throw new ConcurrentProjectionException("stock of " + level.sku() + " was projected by someone else meanwhile");
        }
    }

    private void update(int generation, StockLevel level) {
        stockValues(entityManager.createNativeQuery("""
                update reporting.stock_levels set on_hand = ?3, reserved = ?4, version = ?5, counted_at = ?6
                where generation = ?1 and sku = ?2
                """), generation, level).executeUpdate();
    }

    private static Query stockValues(Query query, int generation, StockLevel level) {
        return query.setParameter(1, generation)
                .setParameter(2, level.sku())
                .setParameter(3, level.onHand())
                .setParameter(4, level.reserved())
                .setParameter(5, level.version())
                .setParameter(6, Timestamp.from(level.countedAt()));
    }

    /** Adds the tally to the aggregate tables, table by table and key by key in a fixed order. */
    private void add(int generation, Tally tally) {
        tally.salesByDay().forEach((key, figures) -> salesFigures(entityManager.createNativeQuery("""
                insert into reporting.sales_by_day as s (generation, day, currency, orders, quantity, revenue,
                                                         refunded_orders, refunded_quantity, refunds)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                on conflict (generation, day, currency) do update set
                """ + ADD_SALES), generation, key.day(), key.currency(), figures)
                .executeUpdate());
        tally.salesByProduct().forEach((key, figures) -> salesFigures(entityManager.createNativeQuery("""
                insert into reporting.sales_by_product as s (generation, day, currency, orders, quantity, revenue,
                                                             refunded_orders, refunded_quantity, refunds, sku)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                on conflict (generation, day, sku, currency) do update set
                """ + ADD_SALES), generation, key.day(), key.currency(), figures)
                .setParameter(10, key.sku())
                .executeUpdate());
        tally.ordersByStatus().forEach((status, delta) -> entityManager.createNativeQuery("""
                insert into reporting.orders_by_status as c (generation, status, orders) values (?1, ?2, ?3)
                on conflict (generation, status) do update set orders = c.orders + excluded.orders
                """)
                .setParameter(1, generation)
                .setParameter(2, status.name())
                .setParameter(3, delta)
                .executeUpdate());
        tally.statusChanges().forEach((key, changes) -> entityManager.createNativeQuery("""
                insert into reporting.status_changes_by_day as c (generation, day, status, changes) values (?1, ?2, ?3, ?4)
                on conflict (generation, day, status) do update set changes = c.changes + excluded.changes
                """)
                .setParameter(1, generation)
                .setParameter(2, Date.valueOf(key.day()))
                .setParameter(3, key.status().name())
                .setParameter(4, changes)
                .executeUpdate());
        tally.paymentOutcomes().forEach((key, figures) -> entityManager.createNativeQuery("""
                insert into reporting.payment_outcomes_by_day as p (generation, day, currency, outcome, payments, amount)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (generation, day, currency, outcome) do update
                  set payments = p.payments + excluded.payments, amount = p.amount + excluded.amount
                """)
                .setParameter(1, generation)
                .setParameter(2, Date.valueOf(key.day()))
                .setParameter(3, key.currency())
                .setParameter(4, key.outcome().name())
                .setParameter(5, figures.payments())
                .setParameter(6, figures.amount())
                .executeUpdate());
        tally.productNames().forEach((sku, name) -> entityManager.createNativeQuery("""
                insert into reporting.products (generation, sku, name) values (?1, ?2, ?3)
                on conflict (generation, sku) do update set name = excluded.name
                """)
                .setParameter(1, generation)
                .setParameter(2, sku)
                .setParameter(3, name)
                .executeUpdate());
    }

    private static Query salesFigures(Query upsert, int generation, LocalDate day, String currency, SalesFigures figures) {
        return upsert.setParameter(1, generation)
                .setParameter(2, Date.valueOf(day))
                .setParameter(3, currency)
                .setParameter(4, figures.orders())
                .setParameter(5, figures.quantity())
                .setParameter(6, figures.revenue())
                .setParameter(7, figures.refundedOrders())
                .setParameter(8, figures.refundedQuantity())
                .setParameter(9, figures.refunds());
    }

    private static TrackedOrder trackedOrder(Object[] row) {
        return new TrackedOrder((UUID) row[0], Rows.count(row[1]),
                row[2] == null ? null : OrderStatus.valueOf((String) row[2]), Rows.instant(row[3]), (String) row[4],
                (BigDecimal) row[5], Arrays.asList(JSONB.fromJson((String) row[6], SoldLine[].class)),
                row[7] == null ? null : Rows.day(row[7]), row[8] == null ? null : Rows.day(row[8]),
                Rows.count(row[9]), row[10] == null ? null : PaymentOutcome.valueOf((String) row[10]));
    }
}
