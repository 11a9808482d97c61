package io.ordo.sandbox;

import static io.ordo.sandbox.ProblemAssertions.assertProblem;
import static io.ordo.sandbox.SandboxClient.newKey;
import static io.ordo.sandbox.SandboxClient.newReference;
import static io.ordo.sandbox.SandboxClient.paymentBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IdempotencyTest {

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

    @Test
    void theSameCallRetriedGetsTheStoredAnswerAndChargesOnce() {
        String key = newKey();
        String reference = newReference();
        String body = paymentBody("20.00", "EUR", reference, "tok_visa", true);

        HttpResponse<String> first = client.post("/v1/payments", key, body);
        HttpResponse<String> retried = client.post("/v1/payments", key, body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(retried.body()).isEqualTo(first.body());
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(client.stats().path("captures").path(reference).asLong()).isEqualTo(1);
    }

    @Test
    void theSameRequestWrittenDifferentlyIsStillTheSameCall() {
        String key = newKey();
        String reference = newReference();
        client.post("/v1/payments", key, paymentBody("20", "EUR", reference, "tok_visa", false));

        HttpResponse<String> retried = client.post("/v1/payments", key, """
                { "paymentMethod": "tok_visa", "reference": "%s", "currency": "EUR", "amount": "20.00" }"""
                .formatted(reference));

        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    }

    @Test
    void aReplayShowsThePaymentAsItWasFirstAnswered() {
        String key = newKey();
        String body = paymentBody("20.00", "EUR", newReference(), "tok_visa", false);
        JsonNode opened = SandboxClient.json(client.post("/v1/payments", key, body));
        client.post("/v1/payments/" + opened.path("id").asText() + "/capture", newKey(), "");

        JsonNode replayed = SandboxClient.json(client.post("/v1/payments", key, body));

        assertThat(replayed).isEqualTo(opened);
        assertThat(replayed.path("status").asText()).isEqualTo("AUTHORIZED");
    }

    @Test
    void aKeyReusedForADifferentRequestIsRefused() {
        String key = newKey();
        String reference = newReference();
        client.post("/v1/payments", key, paymentBody("20.00", "EUR", reference, "tok_visa", false));

        assertProblem(client.post("/v1/payments", key, paymentBody("20.01", "EUR", reference, "tok_visa", false)),
                422, "idempotency-key-reused");
        assertProblem(client.post("/v1/payments", key, paymentBody("20.00", "EUR", reference, "tok_visa", true)),
                422, "idempotency-key-reused");
        assertThat(client.stats().path("authorizations").path(reference).asLong()).isEqualTo(1);
    }

    @Test
    void aKeyNamesOneCallAcrossOperations() {
        String key = newKey();
        JsonNode opened = SandboxClient.json(client.post("/v1/payments", key,
                paymentBody("20.00", "EUR", newReference(), "tok_visa", false)));

        assertProblem(client.post("/v1/payments/" + opened.path("id").asText() + "/capture", key, ""),
                422, "idempotency-key-reused");
    }

    @Test
    void callsThatMoveMoneyNeedAKey() {
        String body = paymentBody("20.00", "EUR", newReference(), "tok_visa", false);
        String id = client.open("1.00", newReference(), "tok_visa", false).path("id").asText();

        assertProblem(client.post("/v1/payments", null, body), 400, "invalid-idempotency-key");
        assertProblem(client.post("/v1/payments", "   ", body), 400, "invalid-idempotency-key");
        assertProblem(client.post("/v1/payments", "k".repeat(256), body), 400, "invalid-idempotency-key");
        assertProblem(client.post("/v1/payments/" + id + "/capture", null, ""), 400, "invalid-idempotency-key");
        assertProblem(client.post("/v1/payments/" + id + "/void", null, ""), 400, "invalid-idempotency-key");
        assertProblem(client.post("/v1/payments/" + id + "/refunds", null, ""), 400, "invalid-idempotency-key");
        assertThat(client.post("/v1/payments", "k".repeat(255), body).statusCode()).isEqualTo(201);
    }

    @Test
    void findsThePaymentACallWithAGivenKeyActedOn() {
        String openKey = newKey();
        JsonNode opened = SandboxClient.json(client.post("/v1/payments", openKey,
                paymentBody("20.00", "EUR", newReference(), "tok_visa", false)));
        String captureKey = newKey();
        client.post("/v1/payments/" + opened.path("id").asText() + "/capture", captureKey, "");

        JsonNode byOpenKey = SandboxClient.json(client.getByKey(openKey));
        JsonNode byCaptureKey = SandboxClient.json(client.getByKey(captureKey));

        assertThat(byOpenKey.path("id").asText()).isEqualTo(opened.path("id").asText());
        assertThat(byOpenKey.path("status").asText()).as("the payment as it is now").isEqualTo("CAPTURED");
        assertThat(byCaptureKey).isEqualTo(byOpenKey);
    }

    @Test
    void aKeyTheGatewayNeverSawFindsNothing() {
        assertProblem(client.getByKey(newKey()), 404, "payment-not-found");
        assertProblem(client.get("/v1/payments"), 400, "invalid-request");
    }

    @Test
    void aRefusedCallIsNotStoredSoItsKeyWorksOnceTheRefusalNoLongerApplies() {
        String id = client.open("20.00", newReference(), "tok_visa", false).path("id").asText();
        String refundKey = newKey();
        assertProblem(client.post("/v1/payments/" + id + "/refunds", refundKey, ""), 409, "payment-state-conflict");
        assertProblem(client.getByKey(refundKey), 404, "payment-not-found");
        client.post("/v1/payments/" + id + "/capture", newKey(), "");

        HttpResponse<String> refund = client.post("/v1/payments/" + id + "/refunds", refundKey, "");

        assertThat(refund.statusCode()).isEqualTo(200);
        assertThat(refund.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(SandboxClient.json(refund).path("status").asText()).isEqualTo("REFUNDED");
    }

    @Test
    void identicalConcurrentRequestsWithOneKeyOpenExactlyOnePayment() throws Exception {
        int callers = 20;
        String key = newKey();
        String reference = newReference();
        String body = paymentBody("42.00", "EUR", reference, "tok_visa", true);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<HttpResponse<String>> responses = new ArrayList<>();
        try {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return client.post("/v1/payments", key, body);
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> call : calls) {
                responses.add(call.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(201);
        assertThat(responses).extracting(response -> SandboxClient.json(response).path("id").asText())
                .hasSize(callers).containsOnly(SandboxClient.json(responses.get(0)).path("id").asText());
        assertThat(responses).filteredOn(response -> response.headers().firstValue("Idempotent-Replayed").isEmpty())
                .as("exactly one caller got the original answer").hasSize(1);
        JsonNode stats = client.stats();
        assertThat(stats.path("authorizations").path(reference).asLong()).isEqualTo(1);
        assertThat(stats.path("captures").path(reference).asLong()).isEqualTo(1);
    }
}
