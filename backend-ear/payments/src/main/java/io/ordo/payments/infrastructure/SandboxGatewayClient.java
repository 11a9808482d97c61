package io.ordo.payments.infrastructure;

import io.ordo.payments.domain.GatewayPayment;
import io.ordo.payments.domain.PaymentGateway;
import io.ordo.platform.money.Money;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The card gateway over HTTP (the payment sandbox speaks its protocol). Transient failures are
 * retried with jittered delays; a gateway that keeps failing opens the circuit so callers fail
 * fast and payments wait for reconciliation. All limits can be changed through MicroProfile
 * Config (e.g. {@code io.ordo.payments.infrastructure.SandboxGatewayClient/Retry/maxRetries}).
 * The state of its circuits is watched for health and metrics ({@link GatewayCircuits}).
 */
@ApplicationScoped
@WatchedCircuit
public class SandboxGatewayClient implements PaymentGateway {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    @ConfigProperty(name = "ordo.gateway.url")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "ordo.gateway.call-timeout-ms", defaultValue = "3000")
    long callTimeoutMillis;

    private HttpClient http;

    /** The gateway's wire format for a payment. */
    public record WirePayment(String id, String status, String declineReason) {
        GatewayPayment toDomain() {
            return new GatewayPayment(id, GatewayPayment.Status.valueOf(status), declineReason);
        }
    }

    /** The gateway's wire format for a new payment. */
    public record WireNewPayment(String amount, String currency, String reference, String paymentMethod, boolean capture) {
    }

    @PostConstruct
    void connect() {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(callTimeoutMillis)).build();
    }

    @Override
    @Timeout(5000)
    @Retry(maxRetries = 3, delay = 200, jitter = 150, retryOn = Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10_000, successThreshold = 2,
            failOn = Unavailable.class)
    public GatewayPayment authorize(String idempotencyKey, Money amount, String reference, String paymentMethod) {
        return newPayment(idempotencyKey, new WireNewPayment(amount.amountText(), amount.currencyCode(), reference, paymentMethod, false));
    }

    @Override
    @Timeout(5000)
    @Retry(maxRetries = 3, delay = 200, jitter = 150, retryOn = Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10_000, successThreshold = 2,
            failOn = Unavailable.class)
    public GatewayPayment charge(String idempotencyKey, Money amount, String reference, String paymentMethod) {
        return newPayment(idempotencyKey, new WireNewPayment(amount.amountText(), amount.currencyCode(), reference, paymentMethod, true));
    }

    private GatewayPayment newPayment(String idempotencyKey, WireNewPayment payment) {
        return call(request("/v1/payments", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(JSON.toJson(payment))))
                .orElseThrow(() -> new IllegalStateException("gateway answered 404 to a new payment"));
    }

    @Override
    @Timeout(5000)
    @Retry(maxRetries = 3, delay = 200, jitter = 150, retryOn = Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10_000, successThreshold = 2,
            failOn = Unavailable.class)
    public GatewayPayment capture(String idempotencyKey, String gatewayPaymentId) {
        return paymentCommand(idempotencyKey, gatewayPaymentId, "/capture");
    }

    @Override
    @Timeout(5000)
    @Retry(maxRetries = 3, delay = 200, jitter = 150, retryOn = Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10_000, successThreshold = 2,
            failOn = Unavailable.class)
    public GatewayPayment voidAuthorization(String idempotencyKey, String gatewayPaymentId) {
        return paymentCommand(idempotencyKey, gatewayPaymentId, "/void");
    }

    @Override
    @Timeout(5000)
    @Retry(maxRetries = 3, delay = 200, jitter = 150, retryOn = Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10_000, successThreshold = 2,
            failOn = Unavailable.class)
    public GatewayPayment refund(String idempotencyKey, String gatewayPaymentId) {
        return paymentCommand(idempotencyKey, gatewayPaymentId, "/refunds");
    }

    @Override
    @Timeout(5000)
    @Retry(maxRetries = 3, delay = 200, jitter = 150, retryOn = Unavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10_000, successThreshold = 2,
            failOn = Unavailable.class)
    public Optional<GatewayPayment> findByIdempotencyKey(String idempotencyKey) {
        String path = "/v1/payments?idempotencyKey=" + URLEncoder.encode(idempotencyKey, StandardCharsets.UTF_8);
        return call(request(path, null).GET());
    }

    private GatewayPayment paymentCommand(String idempotencyKey, String gatewayPaymentId, String command) {
        String path = "/v1/payments/" + URLEncoder.encode(gatewayPaymentId, StandardCharsets.UTF_8) + command;
        return call(request(path, idempotencyKey).POST(HttpRequest.BodyPublishers.noBody()))
                .orElseThrow(() -> new IllegalStateException("gateway does not know payment " + gatewayPaymentId));
    }

    private HttpRequest.Builder request(String path, String idempotencyKey) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofMillis(callTimeoutMillis))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return builder;
    }

    private Optional<GatewayPayment> call(HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unavailable("gateway unreachable or no answer in time: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while waiting for the gateway", e);
        }
        int status = response.statusCode();
        if (status == 404) {
            return Optional.empty();
        }
        if (status >= 500 || status == 429) {
            throw new Unavailable("gateway answered " + status, null);
        }
        if (status >= 400) {
            throw new IllegalStateException("gateway refused the request with " + status + ": " + response.body());
        }
        return Optional.of(JSON.fromJson(response.body(), WirePayment.class).toDomain());
    }
}
