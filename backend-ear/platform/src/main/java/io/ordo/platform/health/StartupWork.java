package io.ordo.platform.health;

import io.ordo.platform.migration.DatabaseMigrations;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Started once every start-up step has run: the migrations first, then signing keys, start-up
 * accounts and stock, and the jobs (outbox relay, expiry, reconciliation). It observes the same
 * start-up event at the lowest priority of all, so it is the last to hear of it; an orchestrator
 * waits for this before it asks for readiness or liveness.
 */
@org.eclipse.microprofile.health.Startup
@ApplicationScoped
public class StartupWork implements HealthCheck {

    /** After every other start-up observer. */
    static final int PRIORITY = 100_000;

    @Inject
    DatabaseMigrations migrations;

    private volatile Instant finishedAt;

    void finished(@Observes @Priority(PRIORITY) Startup startup) {
        finishedAt = Instant.now();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("startup-work").status(finishedAt != null);
        String version = migrations.schemaVersion();
        if (version != null) {
            response.withData("schemaVersion", version);
        }
        if (finishedAt != null) {
            response.withData("finishedAt", finishedAt.toString());
        }
        return response.build();
    }
}
