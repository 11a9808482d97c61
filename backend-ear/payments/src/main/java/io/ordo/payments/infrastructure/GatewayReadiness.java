package io.ordo.payments.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The payment gateway's circuit breakers, reported on /health/ready but never DOWN. An open
 * circuit does not make the server unready: it still takes orders, which wait RESERVED with
 * their payment in progress and are charged once the circuit closes (reconciliation settles
 * any outcome left unknown). Every server shares the same gateway, so taking servers out of the
 * load balancer for it would turn a payments outage into a total one. The check says which
 * circuits are open and since when, for the operator and for alerts on
 * {@code ordo_gateway_circuit_open}.
 */
@Readiness
@ApplicationScoped
public class GatewayReadiness implements HealthCheck {

    @Inject
    GatewayCircuits circuits;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("payment-gateway").up();
        boolean anyOpen = false;
        for (var circuit : circuits.states().entrySet()) {
            GatewayCircuits.Seen seen = circuit.getValue();
            anyOpen |= seen.open();
            response.withData(circuit.getKey(), (seen.open() ? "open since " : "closed since ") + seen.since());
        }
        return response.withData("circuit", anyOpen ? "open" : "closed").build();
    }
}
