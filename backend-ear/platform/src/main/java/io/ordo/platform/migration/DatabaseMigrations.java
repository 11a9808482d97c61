package io.ordo.platform.migration;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import jakarta.inject.Inject;

/**
 * Runs the SQL migrations of {@code db/migrations} (and, in the dev profile, the demo data of
 * {@code db/demo}) when the application starts, before any other start-up work. Several servers
 * starting together are safe: Flyway serialises them with a database lock.
 */
@ApplicationScoped
public class DatabaseMigrations {

    public static final int PRIORITY = 1000;

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "jdbc/ordo")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "ordo.demo.data", defaultValue = "false")
    boolean demoData;

    private volatile String schemaVersion;

    void migrate(@Observes @Priority(PRIORITY) Startup startup) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migrations"));
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .schemas("platform")
                .createSchemas(true)
                // Contexts add migrations in parallel, each in its own schema, so a lower version
                // can land after a higher one was applied somewhere; apply it rather than refuse.
                .outOfOrder(true)
                .load();
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        schemaVersion = current == null || current.getVersion() == null ? null : current.getVersion().toString();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now, demo data " + (demoData ? "on" : "off") + ")");
    }

    /** The schema version the migrations brought the database to, or null before they ran. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
