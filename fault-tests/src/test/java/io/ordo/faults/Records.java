package io.ordo.faults;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What Ordo stored, read straight from its database as the cluster's superuser: the ground truth
 * the checks compare with what clients were told and what the gateway did. Read-only.
 */
final class Records {

    private Records() {
    }

    /** One product's stock: the stored levels beside what the ledger and the active reservations add up to. */
    record StockBalance(String sku, long onHand, long reserved, long ledgerOnHand, long ledgerReserved,
                        long heldByActiveReservations) {

        boolean balanced() {
            return onHand == ledgerOnHand && reserved == ledgerReserved && reserved == heldByActiveReservations;
        }
    }

    /** The order's payment as the payments context keeps it. */
    record Payment(String status, boolean cancelRequested, String lastError) {

        /** No gateway call left to make: an outcome is reached and nothing is to be given back. */
        boolean settled() {
            return switch (status) {
                case "PENDING", "UNKNOWN", "AUTHORIZED" -> false;
                case "CAPTURED" -> !cancelRequested;
                default -> true;
            };
        }
    }

    static Optional<String> orderStatus(UUID orderId) {
        return optional("select status from ordering.orders where id = ?", orderId);
    }

    static Optional<Payment> payment(UUID orderId) {
        return query("select status, cancel_requested, last_error from payments.payments where order_id = ?",
                statement -> statement.setObject(1, orderId),
                row -> new Payment(row.getString(1), row.getBoolean(2), row.getString(3))).stream().findFirst();
    }

    /** The states the order entered, oldest first. */
    static List<String> history(UUID orderId) {
        return query("select to_status from ordering.status_history where order_id = ? order by id",
                statement -> statement.setObject(1, orderId), row -> row.getString(1));
    }

    static List<UUID> allOrders() {
        return query("select id from ordering.orders", statement -> { }, row -> row.getObject(1, UUID.class));
    }

    /** Every order placed at or after {@code since}, by any client. */
    static List<UUID> ordersPlacedSince(Instant since) {
        return query("select id from ordering.orders where created_at >= ?",
                statement -> statement.setTimestamp(1, Timestamp.from(since)), row -> row.getObject(1, UUID.class));
    }

    /** The order an Idempotency-Key placed, if it placed one. */
    static Optional<UUID> orderPlacedBy(String clientId, String idempotencyKey) {
        return query("select order_id from ordering.idempotency_keys where client_id = ? and idempotency_key = ?",
                statement -> {
                    statement.setString(1, clientId);
                    statement.setString(2, idempotencyKey);
                }, row -> row.getObject(1, UUID.class)).stream().filter(Objects::nonNull).findFirst();
    }

    /** Units ordered per SKU. */
    static Map<String, Long> lines(UUID orderId) {
        return perSku("select sku, sum(quantity) from ordering.order_lines where order_id = ? group by sku", orderId);
    }

    /** Units the ledger holds for the order per SKU: reserved, minus released and shipped. */
    static Map<String, Long> heldByLedger(UUID orderId) {
        return perSku("""
                select sku, sum(case movement when 'RESERVED' then quantity else -quantity end)
                from inventory.stock_ledger
                where order_id = ? and movement in ('RESERVED', 'RELEASED', 'SHIPPED')
                group by sku
                """, orderId);
    }

    /** How many times stock was reserved for the order, per SKU: once per line unless an event was applied twice. */
    static Map<String, Long> reservationMovements(UUID orderId) {
        return perSku("""
                select sku, count(*) from inventory.stock_ledger
                where order_id = ? and movement = 'RESERVED' group by sku
                """, orderId);
    }

    static Optional<String> reservationStatus(UUID orderId) {
        return optional("select status from inventory.reservations where order_id = ?", orderId);
    }

    /** How many events of this type the outbox holds about the aggregate (an order, or its payment). */
    static long events(String eventType, UUID aggregateId) {
        return query("select count(*) from platform.outbox where event_type = ? and aggregate_id = ?",
                statement -> {
                    statement.setString(1, eventType);
                    statement.setString(2, aggregateId.toString());
                }, row -> row.getLong(1)).get(0);
    }

    /** How many of the orders are not in a final state (or missing). */
    static long notFinal(java.util.Collection<UUID> orders) {
        if (orders.isEmpty()) {
            return 0;
        }
        return orders.size() - query("""
                select count(*) from ordering.orders
                where id = any(?) and status in ('PAID', 'SHIPPED', 'FAILED', 'EXPIRED', 'CANCELLED')
                """, statement -> statement.setArray(1, statement.getConnection().createArrayOf("uuid", orders.toArray())),
                row -> row.getLong(1)).get(0);
    }

    /** Orders accepted but not yet paid or ended: those a crash catches on their way. */
    static long ordersOnTheirWay() {
        return query("select count(*) from ordering.orders where status in ('CREATED', 'VALIDATED', 'RESERVED')",
                statement -> { }, row -> row.getLong(1)).get(0);
    }

    /**
     * Events that occurred since {@code since} and were published, but that {@code consumer} has
     * not applied (its inbox has no row for them).
     */
    static long eventsNotAppliedBy(String consumer, Instant since) {
        return query("""
                select count(*) from platform.outbox o
                where o.occurred_at >= ? and o.published_at is not null
                  and not exists (select 1 from platform.inbox i where i.consumer = ? and i.event_id = o.event_id)
                """, statement -> {
                    statement.setTimestamp(1, Timestamp.from(since));
                    statement.setString(2, consumer);
                }, row -> row.getLong(1)).get(0);
    }

    /** Messages a consumer gave up on (parked for an admin) since {@code since}. */
    static long deadLettersSince(Instant since) {
        return query("select count(*) from platform.dead_letters where first_failed_at >= ?",
                statement -> statement.setTimestamp(1, Timestamp.from(since)), row -> row.getLong(1)).get(0);
    }

    static long unpublishedEvents() {
        return query("select count(*) from platform.outbox where published_at is null", statement -> { }, row -> row.getLong(1)).get(0);
    }

    static List<StockBalance> stockBalances() {
        return query("""
                select l.sku, l.on_hand, l.reserved,
                       coalesce((select sum(case m.movement when 'SHIPPED' then -m.quantity
                                                            when 'RECEIVED' then m.quantity
                                                            when 'ADJUSTED' then m.quantity else 0 end)
                                 from inventory.stock_ledger m where m.sku = l.sku), 0),
                       coalesce((select sum(case m.movement when 'RESERVED' then m.quantity
                                                            when 'RELEASED' then -m.quantity
                                                            when 'SHIPPED' then -m.quantity else 0 end)
                                 from inventory.stock_ledger m where m.sku = l.sku), 0),
                       coalesce((select sum(rl.quantity) from inventory.reservation_lines rl
                                 join inventory.reservations r on r.order_id = rl.order_id
                                 where rl.sku = l.sku and r.status = 'ACTIVE'), 0)
                from inventory.stock_levels l order by l.sku
                """, statement -> { }, row -> new StockBalance(row.getString(1), row.getLong(2), row.getLong(3),
                row.getLong(4), row.getLong(5), row.getLong(6)));
    }

    private static Map<String, Long> perSku(String sql, UUID orderId) {
        Map<String, Long> quantities = new TreeMap<>();
        query(sql, statement -> statement.setObject(1, orderId), row -> Map.entry(row.getString(1), row.getLong(2)))
                .forEach(entry -> quantities.put(entry.getKey(), entry.getValue()));
        return quantities;
    }

    private static Optional<String> optional(String sql, UUID id) {
        return query(sql, statement -> statement.setObject(1, id), row -> row.getString(1)).stream().findFirst();
    }

    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * Idle connections, reused: the checks ask thousands of small questions, and a new
     * connection each costs more than the question. One that failed (PostgreSQL crashed since)
     * is dropped and the question asked once more on a new one.
     */
    private static final java.util.concurrent.BlockingQueue<Connection> IDLE = new java.util.concurrent.LinkedBlockingQueue<>();

    private static <T> List<T> query(String sql, Parameters parameters, Row<T> row) {
        try {
            return queryOnce(sql, parameters, row);
        } catch (SQLException staleConnection) {
            try {
                return queryOnce(sql, parameters, row);
            } catch (SQLException e) {
                e.addSuppressed(staleConnection);
                throw new IllegalStateException("cannot read Ordo's database: " + sql, e);
            }
        }
    }

    private static <T> List<T> queryOnce(String sql, Parameters parameters, Row<T> row) throws SQLException {
        Connection connection = IDLE.poll();
        if (connection == null) {
            connection = FaultStack.database().getConnection();
        }
        boolean healthy = false;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(statement);
            List<T> results = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    results.add(row.read(rows));
                }
            }
            healthy = true;
            return results;
        } finally {
            if (healthy) {
                IDLE.offer(connection);
            } else {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // it is broken anyway
                }
            }
        }
    }
}
