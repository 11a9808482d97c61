package io.ordo.sandbox;

import static io.ordo.sandbox.ProblemAssertions.assertProblem;
import static io.ordo.sandbox.SandboxClient.newKey;
import static io.ordo.sandbox.SandboxClient.newReference;
import static io.ordo.sandbox.SandboxClient.paymentBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaultBehaviourTest {

    private static final Duration IMPATIENT = Duration.ofMillis(400);

    private static PaymentSandbox sandbox;
    private static SandboxClient client;

    @BeforeAll
    static void startSandbox() {
        sandbox = PaymentSandbox.start("127.0.0.1", 0);
        client = new SandboxClient(sandbox);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void backToNormal() {
        client.reset();
    }

    @Test
    void declineHeaderDeclinesAGoodCard() {
        HttpResponse<String> response = client.post("/v1/payments", newKey(),
                paymentBody("10.00", "EUR", newReference(), "tok_visa", true), "Sandbox-Behaviour", "decline");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(SandboxClient.json(response).path("status").asText()).isEqualTo("DECLINED");
        assertThat(SandboxClient.json(response).path("declineReason").asText()).isEqualTo("card_declined");
    }

    @Test
    void failHeaderAnswers503AndDoesNothing() {
        String key = newKey();
        String body = paymentBody("10.00", "EUR", newReference(), "tok_visa", true);

        assertProblem(client.post("/v1/payments", key, body, "Sandbox-Behaviour", "fail"), 503, "gateway-unavailable");

        assertProblem(client.getByKey(key), 404, "payment-not-found");
        HttpResponse<String> retry = client.post("/v1/payments", key, body);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).as("nothing was stored the first time").isEmpty();
    }

    @Test
    void slowHeaderDelaysTheAnswer() {
        long started = System.nanoTime();

        HttpResponse<String> response = client.post("/v1/payments", newKey(),
                paymentBody("10.00", "EUR", newReference(), "tok_visa", false), "Sandbox-Behaviour", "slow=300");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void timeoutHeaderRecordsThePaymentButTheCallerNeverHears() {
        String key = newKey();
        HttpRequest impatient = client.request("/v1/payments").timeout(IMPATIENT)
                .header("Idempotency-Key", key).header("Sandbox-Behaviour", "timeout")
                .POST(HttpRequest.BodyPublishers.ofString(paymentBody("10.00", "EUR", newReference(), "tok_visa", true)))
                .build();

        assertThatThrownBy(() -> client.sendRaw(impatient)).isInstanceOf(HttpTimeoutException.class);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            HttpResponse<String> found = client.getByKey(key);
            assertThat(found.statusCode()).isEqualTo(200);
            assertThat(SandboxClient.json(found).path("status").asText()).isEqualTo("CAPTURED");
        });
    }

    @Test
    void crashAfterCommitRecordsThePaymentAndDropsTheConnection() {
        String key = newKey();
        String reference = newReference();
        String body = paymentBody("10.00", "EUR", reference, "tok_visa", true);

        assertThatThrownBy(() -> client.sendRaw(client.request("/v1/payments")
                .header("Idempotency-Key", key).header("Sandbox-Behaviour", "crash-after-commit")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()))
                .isInstanceOf(IOException.class);

        HttpResponse<String> retry = client.post("/v1/payments", key, body);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(client.stats().path("captures").path(reference).asLong()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"explode", "slow", "slow=-1", "slow=abc", "slow=600001", ""})
    void refusesAnUnknownBehaviourHeader(String header) {
        assertProblem(client.post("/v1/payments", newKey(), paymentBody("10.00", "EUR", newReference(), "tok_visa", false),
                "Sandbox-Behaviour", header), 400, "invalid-sandbox-behaviour");
    }

    @Test
    void failModeBreaksTheGatewayButNotTheControls() {
        assertThat(client.put("/sandbox/behaviour", "{\"mode\":\"fail\"}").statusCode()).isEqualTo(200);

        assertProblem(client.post("/v1/payments", newKey(), paymentBody("10.00", "EUR", newReference(), "tok_visa", false)),
                503, "gateway-unavailable");
        assertProblem(client.get("/v1/payments/pay_x"), 503, "gateway-unavailable");
        assertThat(SandboxClient.json(client.get("/sandbox/behaviour")).path("mode").asText()).isEqualTo("fail");

        client.reset();
        assertThat(client.post("/v1/payments", newKey(), paymentBody("10.00", "EUR", newReference(), "tok_visa", false))
                .statusCode()).isEqualTo(201);
    }

    @Test
    void aRequestsOwnHeaderOverridesTheGlobalMode() {
        client.put("/sandbox/behaviour", "{\"mode\":\"fail\"}");

        HttpResponse<String> response = client.post("/v1/payments", newKey(),
                paymentBody("10.00", "EUR", newReference(), "tok_visa", false), "Sandbox-Behaviour", "decline");

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void slowModeDelaysEveryGatewayAnswer() {
        client.put("/sandbox/behaviour", "{\"mode\":\"slow\",\"delayMs\":300}");
        long started = System.nanoTime();

        HttpResponse<String> response = client.get("/v1/payments/pay_x");

        assertProblem(response, 404, "payment-not-found");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void timeoutModeRecordsButDoesNotAnswer() {
        client.put("/sandbox/behaviour", "{\"mode\":\"timeout\"}");
        String key = newKey();
        HttpRequest impatient = client.request("/v1/payments").timeout(IMPATIENT).header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(paymentBody("10.00", "EUR", newReference(), "tok_visa", false)))
                .build();

        assertThatThrownBy(() -> client.sendRaw(impatient)).isInstanceOf(HttpTimeoutException.class);

        client.put("/sandbox/behaviour", "{\"mode\":\"normal\"}");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(client.getByKey(key).statusCode()).isEqualTo(200));
    }

    @Test
    void heldAnswersDoNotTieUpTheServer() {
        int held = 24; // three times the server's worker threads
        client.put("/sandbox/behaviour", "{\"mode\":\"timeout\"}");
        List<CompletableFuture<HttpResponse<String>>> timeouts = new ArrayList<>();
        for (int i = 0; i < held; i++) {
            timeouts.add(client.sendAsync(client.request("/v1/payments/pay_x").timeout(Duration.ofSeconds(3)).GET().build()));
        }
        await().atMost(Duration.ofSeconds(3)).until(() -> client.stats().path("requests").asLong() == held);

        client.put("/sandbox/behaviour", "{\"mode\":\"normal\"}");
        HttpResponse<String> meanwhile = client.send(client.request("/v1/payments/pay_x")
                .timeout(Duration.ofSeconds(1)).GET().build());

        assertProblem(meanwhile, 404, "payment-not-found");
        assertThat(timeouts).allSatisfy(call -> assertThat(call).failsWithin(Duration.ofSeconds(5))
                .withThrowableOfType(ExecutionException.class).withCauseInstanceOf(HttpTimeoutException.class));
    }

    @Test
    void flakyModeFailsTheSameRequestsForTheSameSeed() {
        List<Boolean> firstRun = flakyRun(42);
        List<Boolean> secondRun = flakyRun(42);
        List<Boolean> otherSeed = flakyRun(7);

        Random expected = new Random(42);
        List<Boolean> predicted = new ArrayList<>();
        for (int i = 0; i < firstRun.size(); i++) {
            predicted.add(expected.nextDouble() < 0.5);
        }
        assertThat(firstRun).containsExactlyElementsOf(predicted).contains(true, false);
        assertThat(secondRun).isEqualTo(firstRun);
        assertThat(otherSeed).isNotEqualTo(firstRun);
    }

    /** @return for each of 24 requests, whether it failed with 503 */
    private static List<Boolean> flakyRun(long seed) {
        client.put("/sandbox/behaviour", "{\"mode\":\"flaky\",\"failureRate\":0.5,\"seed\":" + seed + "}");
        List<Boolean> failed = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int status = client.get("/v1/payments/pay_x").statusCode();
            assertThat(status).isIn(404, 503);
            failed.add(status == 503);
        }
        return failed;
    }

    @Test
    void showsTheBehaviourItWasGiven() {
        HttpResponse<String> put = client.put("/sandbox/behaviour",
                "{\"mode\":\"flaky\",\"delayMs\":150,\"failureRate\":0.25,\"seed\":99}");

        JsonNode shown = SandboxClient.json(client.get("/sandbox/behaviour"));

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(SandboxClient.json(put)).isEqualTo(shown);
        assertThat(shown.path("mode").asText()).isEqualTo("flaky");
        assertThat(shown.path("delayMs").asLong()).isEqualTo(150);
        assertThat(shown.path("failureRate").asDouble()).isEqualTo(0.25);
        assertThat(shown.path("seed").asLong()).isEqualTo(99);
    }

    @Test
    void resetForgetsPaymentsAndRestoresNormal() {
        String key = newKey();
        client.post("/v1/payments", key, paymentBody("10.00", "EUR", newReference(), "tok_visa", false));
        client.put("/sandbox/behaviour", "{\"mode\":\"fail\"}");

        client.reset();

        assertThat(SandboxClient.json(client.get("/sandbox/behaviour")).path("mode").asText()).isEqualTo("normal");
        assertProblem(client.getByKey(key), 404, "payment-not-found");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "{\"mode\":\"chaos\"}",
            "{\"mode\":\"slow\",\"delayMs\":-1}",
            "{\"mode\":\"slow\",\"delayMs\":600001}",
            "{\"mode\":\"slow\",\"delayMs\":\"300\"}",
            "{\"mode\":\"flaky\",\"failureRate\":1.5}",
            "{\"mode\":\"flaky\",\"seed\":1.5}",
            "{\"mode\":\"normal\",\"colour\":\"red\"}"})
    void refusesAnInvalidBehaviour(String body) {
        assertProblem(client.put("/sandbox/behaviour", body), 400, "invalid-request");
        assertThat(SandboxClient.json(client.get("/sandbox/behaviour")).path("mode").asText()).isEqualTo("normal");
    }
}
