package io.ordo.platform.health;

import io.ordo.platform.outbox.OutboxRelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the outbox relay keeps polling. A relay whose schedule ended (an error escaped it)
 * or that has not finished a pass for {@code ordo.health.relay-stall-seconds} (a batch waits at
 * most the broker's ack timeout, seconds) will not recover by itself: restarting the server is
 * the cure, which is what a failed liveness check asks for. An unreachable database or broker
 * does not make it fail: the relay keeps passing, backing off, and readiness reports those.
 */
@Liveness
@ApplicationScoped
public class RelayLiveness implements HealthCheck {

    @Inject
    OutboxRelay relay;

    @Inject
    @ConfigProperty(name = "ordo.health.relay-stall-seconds", defaultValue = "300")
    long stallSeconds;

    private final Clock clock = Clock.systemUTC();

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox-relay");
        if (!relay.started()) {
            return response.up().withData("state", "not started yet").build();
        }
        if (relay.stopped()) {
            return response.down().withData("state", "stopped").build();
        }
        Instant lastPass = relay.lastPass();
        if (lastPass == null) {
            return response.up().withData("state", "first pass pending").build();
        }
        Duration since = Duration.between(lastPass, clock.instant());
        return response.status(since.toSeconds() < stallSeconds)
                .withData("state", since.toSeconds() < stallSeconds ? "polling" : "stalled")
                .withData("lastPass", lastPass.toString())
                .build();
    }
}
