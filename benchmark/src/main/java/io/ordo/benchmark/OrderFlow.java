package io.ordo.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Reads, from the database, how orders and their events flowed during a phase: orders placed and
 * paid, each order's time to PAID, events written to the outbox and relayed to the broker, what
 * was still waiting at the end, the write-ahead log and rows it cost, and the time from an
 * event's commit to the broker's acknowledgement ({@code published_at} minus
 * {@code occurred_at}; the event is stamped just before its transaction commits, so this slightly
 * over-states it).
 */
final class OrderFlow {

    /** The outbox during one phase; rates per second of the phase. */
    record Figures(double seconds, long orders, long eventsWritten, long eventsPublished, long backlogAtEnd,
                   double oldestWaitingSeconds, double commitToAckP50Millis, double commitToAckP95Millis,
                   double drainedAfterSeconds) {

        double orderRate() {
            return orders / seconds;
        }

        double eventRate() {
            return eventsWritten / seconds;
        }

        double drainRate() {
            return eventsPublished / seconds;
        }

        /** The backlog left at the end in seconds of the event rate of the phase. */
        double backlogSeconds() {
            return eventRate() == 0 ? 0 : backlogAtEnd / eventRate();
        }
    }

    /** What is known right when the load stops; the rest is read once the pipeline has settled. */
    record AtEnd(Instant from, Instant to, long backlog, double oldestWaitingSeconds) {
    }

    private final DataSource database;
    private final java.util.function.LongSupplier brokerBacklog;

    /** @param brokerBacklog events on the broker that consumers have not acknowledged yet */
    OrderFlow(DataSource database, java.util.function.LongSupplier brokerBacklog) {
        this.database = database;
        this.brokerBacklog = brokerBacklog;
    }

    /** The database's clock: phases are cut by the same clock that stamps the rows. */
    Instant now() throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement("select clock_timestamp()");
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getTimestamp(1).toInstant();
        }
    }

    AtEnd atEnd(Instant from) throws SQLException {
        Instant to = now();
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     select count(*), coalesce(extract(epoch from clock_timestamp() - min(occurred_at)), 0)
                     from platform.outbox where published_at is null""");
             ResultSet result = statement.executeQuery()) {
            result.next();
            return new AtEnd(from, to, result.getLong(1), result.getDouble(2));
        }
    }

    /** Events still to relay or to consume, plus orders still on their way through the pipeline. */
    long inFlight() throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     select (select count(*) from platform.outbox where published_at is null)
                          + (select count(*) from ordering.orders where status in ('CREATED', 'VALIDATED', 'RESERVED'))""");
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1) + brokerBacklog.getAsLong();
        }
    }

    /**
     * Waits until every event is relayed and consumed and no order is left between CREATED and RESERVED (they
     * all reached PAID, FAILED or another final state), at most {@code atMost}.
     *
     * @return how long it took, or empty when it did not settle in time
     */
    java.util.OptionalDouble settle(Duration atMost) throws SQLException, InterruptedException {
        long started = System.nanoTime();
        long deadline = started + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (inFlight() == 0) {
                return java.util.OptionalDouble.of((System.nanoTime() - started) / 1e9);
            }
            Thread.sleep(200); // polling the database for a condition, with a deadline
        }
        return java.util.OptionalDouble.empty();
    }

    /** {@link #settle}, saying on the console how it went; a benchmark goes on either way. */
    void settleAndSay(Duration atMost) throws SQLException, InterruptedException {
        java.util.OptionalDouble settled = settle(atMost);
        System.out.println(settled.isPresent()
                ? String.format(java.util.Locale.ROOT, "[bench] pipeline settled in %.1f s", settled.getAsDouble())
                : "[bench] pipeline not settled after " + atMost.toSeconds() + " s; going on");
    }

    Figures figures(AtEnd end, double drainedAfterSeconds) throws SQLException {
        Timestamp from = Timestamp.from(end.from());
        Timestamp to = Timestamp.from(end.to());
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     select (select count(*) from ordering.orders where created_at >= ? and created_at < ?),
                            (select count(*) from platform.outbox where occurred_at >= ? and occurred_at < ?),
                            (select count(*) from platform.outbox where published_at >= ? and published_at < ?),
                            coalesce(extract(epoch from percentile_cont(0.5) within group (order by published_at - occurred_at)), 0),
                            coalesce(extract(epoch from percentile_cont(0.95) within group (order by published_at - occurred_at)), 0)
                     from platform.outbox where occurred_at >= ? and occurred_at < ? and published_at is not null""")) {
            for (int i = 0; i < 4; i++) {
                statement.setTimestamp(2 * i + 1, from);
                statement.setTimestamp(2 * i + 2, to);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                double seconds = Duration.between(end.from(), end.to()).toMillis() / 1000.0;
                return new Figures(seconds, result.getLong(1), result.getLong(2), result.getLong(3), end.backlog(),
                        end.oldestWaitingSeconds(), result.getDouble(4) * 1000, result.getDouble(5) * 1000,
                        drainedAfterSeconds);
            }
        }
    }

    /** Orders placed with {@code from <= created_at < to}. */
    long ordersPlaced(Instant from, Instant to) throws SQLException {
        return count("select count(*) from ordering.orders where created_at >= ? and created_at < ?", from, to);
    }

    /** Orders that reached PAID with {@code from <= changed_at < to}, whenever they were placed. */
    long ordersPaid(Instant from, Instant to) throws SQLException {
        return count("select count(*) from ordering.status_history where to_status = 'PAID' and changed_at >= ? and changed_at < ?",
                from, to);
    }

    /** For each order placed with {@code from <= created_at < to}: from its {@code created_at} to its PAID history entry. */
    TimeToPaid timeToPaid(Instant from, Instant to) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     select extract(epoch from paid.changed_at - o.created_at) * 1000000
                     from ordering.orders o
                     left join lateral (select min(h.changed_at) as changed_at from ordering.status_history h
                                        where h.order_id = o.id and h.to_status = 'PAID') paid on true
                     where o.created_at >= ? and o.created_at < ?""")) {
            statement.setTimestamp(1, Timestamp.from(from));
            statement.setTimestamp(2, Timestamp.from(to));
            java.util.List<Long> paid = new java.util.ArrayList<>();
            long notPaid = 0;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    double micros = rows.getDouble(1);
                    if (rows.wasNull()) {
                        notPaid++;
                    } else {
                        paid.add(Math.round(micros));
                    }
                }
            }
            return TimeToPaid.of(paid.stream().mapToLong(Long::longValue).toArray(), notPaid);
        }
    }

    /** Where PostgreSQL's write-ahead log is now, to count the bytes written from here. */
    String walPosition() throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement("select pg_current_wal_lsn()::text");
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getString(1);
        }
    }

    /** Bytes of write-ahead log written since {@code position} ({@link #walPosition()}). */
    long walBytesSince(String position) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement("select pg_wal_lsn_diff(pg_current_wal_lsn(), ?::pg_lsn)")) {
            statement.setString(1, position);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** Rows in all of Ordo's tables (every schema but PostgreSQL's own and the benchmark's), counted exactly. */
    long rowsStored() throws SQLException {
        try (Connection connection = database.getConnection(); java.sql.Statement statement = connection.createStatement()) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
                    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema', 'bench')""")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            long total = 0;
            for (String table : tables) {
                try (ResultSet count = statement.executeQuery("select count(*) from " + table)) {
                    count.next();
                    total += count.getLong(1);
                }
            }
            return total;
        }
    }

    private long count(String query, Instant from, Instant to) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setTimestamp(1, Timestamp.from(from));
            statement.setTimestamp(2, Timestamp.from(to));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
