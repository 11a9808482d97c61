package io.ordo.platform.health;

import io.smallrye.reactive.messaging.providers.extension.HealthCenter;
import io.smallrye.reactive.messaging.health.HealthReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** The broker as the messaging channels see it: every channel connected and attached. */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    @Inject
    HealthCenter messaging;

    @Override
    public HealthCheckResponse call() {
        HealthReport report = messaging.getReadiness();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("broker").status(report.isOk());
        report.getChannels().forEach(channel -> response.withData(channel.getChannel(),
                channel.isOk() ? "up" : String.valueOf(channel.getMessage())));
        return response.build();
    }
}
