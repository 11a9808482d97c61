package io.ordo.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The gateway client's circuit breakers as an operator sees them: MicroProfile Fault Tolerance's
 * metrics on the server's {@code /metrics}, one breaker per gateway operation.
 */
final class CircuitBreakers {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String GATEWAY_CLIENT = "io.ordo.payments.infrastructure.SandboxGatewayClient";

    private CircuitBreakers() {
    }

    /** How many times any of the gateway client's breakers has opened since the server started. */
    static long timesOpened() {
        return gatewayClientSamples("ft_circuitbreaker_opened_total").stream().mapToLong(line -> (long) value(line)).sum();
    }

    /** Every sample of the metric for the gateway client's operations, as Prometheus text lines. */
    static List<String> gatewayClientSamples(String metric) {
        return metrics().lines()
                .filter(line -> line.startsWith(metric + "{") && line.contains(GATEWAY_CLIENT))
                .toList();
    }

    private static double value(String sample) {
        return Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
    }

    private static String metrics() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(FaultStack.server().resolve("/metrics"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("/metrics answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading /metrics", e);
        }
    }
}
