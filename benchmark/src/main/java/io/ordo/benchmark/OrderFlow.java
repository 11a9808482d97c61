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
 * Reads, from the database, how orders and their events flowed during a phase: orders placed,
 * events written to the outbox and relayed to the broker, what was still waiting at the end, and
 * the time from an event's commit to the broker's acknowledgement ({@code published_at} minus
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
}
