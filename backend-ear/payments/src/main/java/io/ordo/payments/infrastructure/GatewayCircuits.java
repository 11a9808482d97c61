package io.ordo.payments.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The state of the gateway client's circuit breakers as last seen by the calls going through
 * them (Fault Tolerance offers no API to read it): open from the first call it refused until a
 * call gets through again. Shown on /health/ready (as data) and as the gauge
 * {@code ordo_gateway_circuit_open{method}}, next to Fault Tolerance's own
 * {@code ft_circuitbreaker_*} metrics. A circuit that opens while no call comes is seen open at
 * the next call.
 */
@ApplicationScoped
public class GatewayCircuits {

    /** What was last seen of one method's circuit. */
    public record Seen(boolean open, Instant since) {
    }

    private static final Metadata OPEN = Metadata.builder()
            .withName("ordo.gateway.circuit.open")
            .withDescription("1 while calls to this gateway method are refused by its open circuit breaker, else 0")
            .build();

    @Inject
    MetricRegistry registry;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Seen> circuits = new ConcurrentHashMap<>();

    void register(@Observes @Priority(4000) Startup startup) {
        Arrays.stream(SandboxGatewayClient.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(CircuitBreaker.class))
                .map(java.lang.reflect.Method::getName)
                .distinct()
                .forEach(method -> {
                    circuits.putIfAbsent(method, new Seen(false, clock.instant()));
                    registry.gauge(OPEN, this, self -> self.isOpen(method) ? 1 : 0, new Tag("method", method));
                });
    }

    void passed(String method) {
        circuits.compute(method, (name, seen) -> seen != null && !seen.open() ? seen : new Seen(false, clock.instant()));
    }

    void refused(String method) {
        circuits.compute(method, (name, seen) -> seen != null && seen.open() ? seen : new Seen(true, clock.instant()));
    }

    boolean isOpen(String method) {
        Seen seen = circuits.get(method);
        return seen != null && seen.open();
    }

    /** Every watched method's circuit, by method name. */
    public SortedMap<String, Seen> states() {
        return new TreeMap<>(circuits);
    }
}
