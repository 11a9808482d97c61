package io.ordo.platform.health;

import io.ordo.platform.inbox.InboundEvents;
import io.ordo.platform.privacy.PersonalDataVault;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The figures an operator watches, as gauges on /metrics: events waiting in the outbox and the
 * age of the oldest (relay lag); per consumer, events published but not yet applied and the age
 * of the oldest (consumer lag); dead letters waiting for an admin; orders per status; data keys
 * still under a previous master key (zero once a rotation has finished).
 *
 * <p>Read with plain JDBC (the metrics endpoint calls from outside the application's threads) in
 * one go per scrape, and kept for {@code ordo.metrics.cache-ms} so that a scrape's many gauges,
 * or several scrapers, cost one round of queries. A figure that cannot be read (the database is
 * away) is -1, rather than a failed scrape.
 */
@ApplicationScoped
public class OperationalMetrics {

    private static final Logger LOG = Logger.getLogger(OperationalMetrics.class.getName());
    private static final List<String> ORDER_STATUSES =
            List.of("CREATED", "VALIDATED", "RESERVED", "PAID", "SHIPPED", "FAILED", "EXPIRED", "CANCELLED");

    @Resource(lookup = "jdbc/ordo")
    DataSource dataSource;

    @Inject
    MetricRegistry registry;

    @Inject
    PersonalDataVault vault;

    @Inject
    InboundEvents inbound;

    @Inject
    @ConfigProperty(name = "ordo.metrics.cache-ms", defaultValue = "2000")
    long cacheMillis;

    /** Consumer lag looks at events published this recently; older unapplied ones are stuck, see dead letters. */
    @Inject
    @ConfigProperty(name = "ordo.metrics.consumer-lag-window-seconds", defaultValue = "3600")
    long lagWindowSeconds;

    private Figures cached;
    private long cachedAt;

    /** One reading of every figure; missing keys read as -1. */
    record Figures(Map<String, Double> values) {
        double get(String key) {
            return values.getOrDefault(key, -1d);
        }
    }

    void register(@Observes @Priority(4000) Startup startup) {
        gauge("ordo.outbox.backlog", "Events written but not yet accepted by the broker", MetricUnits.NONE,
                f -> f.get("outbox.backlog"));
        gauge("ordo.outbox.oldest.unpublished", "Age of the oldest event not yet accepted by the broker (relay lag)",
                MetricUnits.SECONDS, f -> f.get("outbox.oldest"));
        gauge("ordo.dead.letters.parked", "Messages parked as dead letters, waiting for an admin", MetricUnits.NONE,
                f -> f.get("dead.letters"));
        gauge("ordo.privacy.data.keys.awaiting.rewrap", "Data keys still wrapped by a previous master key",
                MetricUnits.NONE, f -> f.get("rewrap"));
        for (String status : ORDER_STATUSES) {
            gauge("ordo.orders", "Orders in each status", MetricUnits.NONE, f -> f.get("orders." + status),
                    new Tag("status", status));
        }
        for (String consumer : inbound.consumers()) {
            gauge("ordo.consumer.pending.events", "Events of the types a consumer acts on that the broker "
                    + "accepted and it has not applied yet (parked ones excepted)", MetricUnits.NONE, f -> f.get("pending." + consumer), new Tag("consumer", consumer));
            gauge("ordo.consumer.oldest.pending", "How long ago the broker accepted the oldest event a consumer "
                    + "has not applied yet (consumer lag)", MetricUnits.SECONDS, f -> f.get("oldest." + consumer),
                    new Tag("consumer", consumer));
        }
    }

    private void gauge(String name, String description, String unit, ToDoubleFunction<Figures> figure, Tag... tags) {
        Metadata metadata = Metadata.builder().withName(name).withDescription(description).withUnit(unit).build();
        registry.gauge(metadata, this, metrics -> figure.applyAsDouble(metrics.figures()), tags);
    }

    synchronized Figures figures() {
        long now = System.nanoTime();
        if (cached == null || now - cachedAt > cacheMillis * 1_000_000) {
            cached = read();
            cachedAt = now;
        }
        return cached;
    }

    private Figures read() {
        Map<String, Double> values = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            query(connection, """
                    select count(*), coalesce(extract(epoch from now() - min(occurred_at)), 0)
                    from platform.outbox where published_at is null""", row -> {
                values.put("outbox.backlog", row.getDouble(1));
                values.put("outbox.oldest", row.getDouble(2));
            });
            query(connection, "select count(*) from platform.dead_letters where status = 'PARKED'",
                    row -> values.put("dead.letters", row.getDouble(1)));
            ORDER_STATUSES.forEach(status -> values.put("orders." + status, 0d));
            query(connection, "select status, count(*) from ordering.orders group by status",
                    row -> values.put("orders." + row.getString(1), row.getDouble(2)));
            try (PreparedStatement statement = connection.prepareStatement(
                    "select count(*) from platform.data_keys where destroyed_at is null and master_key_id <> ?")) {
                statement.setString(1, vault.activeMasterKeyId());
                each(statement, row -> values.put("rewrap", row.getDouble(1)));
            }
            readConsumerLag(connection, values);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "metrics not readable now", e);
        }
        return new Figures(values);
    }

    /**
     * Per consumer: events of the types it acts on published within the window (index on
     * published_at) that have neither an inbox record (applied) nor a dead letter (parked) for it.
     */
    private void readConsumerLag(Connection connection, Map<String, Double> values) throws SQLException {
        List<String> consumers = List.copyOf(inbound.consumers());
        if (consumers.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                select c.consumer, count(o.event_id),
                       coalesce(extract(epoch from now() - min(o.published_at)), 0)
                from unnest(?, ?) as c(consumer, types)
                left join platform.outbox o
                  on o.published_at > now() - make_interval(secs => ?)
                 and (c.types is null or o.event_type = any(string_to_array(c.types, ',')))
                 and not exists (select 1 from platform.inbox i
                                 where i.consumer = c.consumer and i.event_id = o.event_id)
                 and not exists (select 1 from platform.dead_letters d
                                 where d.consumer = c.consumer and d.event_id = o.event_id)
                group by c.consumer""")) {
            Array names = connection.createArrayOf("varchar", consumers.toArray());
            Array types = connection.createArrayOf("varchar", consumers.stream()
                    .map(consumer -> inbound.typesHandledBy(consumer).map(known -> String.join(",", known)).orElse(null))
                    .toArray());
            statement.setArray(1, names);
            statement.setArray(2, types);
            statement.setDouble(3, lagWindowSeconds);
            each(statement, row -> {
                values.put("pending." + row.getString(1), row.getDouble(2));
                values.put("oldest." + row.getString(1), row.getDouble(3));
            });
        }
    }

    private interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private static void query(Connection connection, String sql, Row row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            each(statement, row);
        }
    }

    private static void each(PreparedStatement statement, Row row) throws SQLException {
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                row.read(result);
            }
        }
    }
}
