package io.ordo.reporting.infrastructure;

import io.ordo.platform.migration.DatabaseMigrations;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets the role of the reporting datasource ({@code ordo.reporting.db.user}) read the reporting
 * schema, and nothing else, whenever the schema may have grown: after the migrations at each
 * start. Grants made on the primary reach its read replicas with everything else, so the operator
 * only creates the role (read-only, e.g. {@code default_transaction_read_only}); with the
 * default, the primary's own role, there is nothing to grant.
 */
@ApplicationScoped
public class ReportingReadAccess {

    private static final Logger LOG = Logger.getLogger(ReportingReadAccess.class.getName());

    @Resource(lookup = "jdbc/ordo")
    DataSource primary;

    @Inject
    @ConfigProperty(name = "ordo.reporting.db.user")
    String reportingRole;

    void grant(@Observes @Priority(DatabaseMigrations.PRIORITY + 2) Startup startup) throws SQLException {
        try (Connection connection = primary.getConnection()) {
            String role = quotedRoleOtherThanOwn(connection);
            if (role == null) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("grant usage on schema reporting to " + role);
                statement.execute("grant select on all tables in schema reporting to " + role);
            }
            LOG.info(() -> "Reports read as " + reportingRole + ", allowed to read the reporting schema only");
        }
    }

    /** The reporting role quoted for SQL, or null when it is this connection's own or does not exist here. */
    private String quotedRoleOtherThanOwn(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select quote_ident(rolname), rolname = current_user from pg_roles where rolname = ?
                """)) {
            query.setString(1, reportingRole);
            try (ResultSet role = query.executeQuery()) {
                if (!role.next()) {
                    LOG.warning(() -> "ordo.reporting.db.user " + reportingRole + " is not a role of the primary database;"
                            + " grant it read access to the schema reporting where it lives, or reports will be refused");
                    return null;
                }
                return role.getBoolean(2) ? null : role.getString(1);
            }
        }
    }
}
