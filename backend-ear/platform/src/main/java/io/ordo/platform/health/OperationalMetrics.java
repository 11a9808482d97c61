package io.ordo.platform.health;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import io.ordo.platform.privacy.PersonalDataVault;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The figures an operator watches, as gauges on /metrics: events waiting in the outbox and the
 * age of the oldest (relay lag), dead letters waiting for an admin, orders per status, and data
 * keys still under a previous master key (zero once a rotation has finished). Read
 * with plain JDBC at scrape time: the metrics endpoint calls from outside the application's
 * threads, and these are single indexed counts.
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

    void register(@Observes @Priority(4000) Startup startup) {
        registry.gauge("ordo.outbox.backlog", () -> count(
                "select count(*) from platform.outbox where published_at is null"));
        registry.gauge("ordo.outbox.oldest.unpublished.seconds", () -> count("""
                select coalesce(extract(epoch from now() - min(occurred_at)), 0)
                from platform.outbox where published_at is null"""));
        registry.gauge("ordo.dead.letters.parked", () -> count(
                "select count(*) from platform.dead_letters where status = 'PARKED'"));
        // Master key ids are letters, digits, '.', '_' and '-' only (MasterKeys), safe in the literal.
        registry.gauge("ordo.privacy.data.keys.awaiting.rewrap", () -> count(
                "select count(*) from platform.data_keys where destroyed_at is null and master_key_id <> '"
                        + vault.activeMasterKeyId() + "'"));
        for (String status : ORDER_STATUSES) {
            registry.gauge("ordo.orders", () -> count(
                    "select count(*) from ordering.orders where status = '" + status + "'"), new Tag("status", status));
        }
    }

    /** -1 tells the scraper the figure could not be read (the database is away), rather than failing it. */
    private double count(String sql) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getDouble(1) : 0;
        } catch (SQLException e) {
            LOG.log(Level.FINE, "metric not readable now", e);
            return -1;
        }
    }
}
