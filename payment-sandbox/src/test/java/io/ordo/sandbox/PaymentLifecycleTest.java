package io.ordo.sandbox;

import static io.ordo.sandbox.ProblemAssertions.assertProblem;
import static io.ordo.sandbox.SandboxClient.newKey;
import static io.ordo.sandbox.SandboxClient.newReference;
import static io.ordo.sandbox.SandboxClient.paymentBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentLifecycleTest {

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
    void approvesAnAuthorizationWithoutTakingTheMoney() {
        String reference = newReference();
        HttpResponse<String> response = client.post("/v1/payments", newKey(),
                paymentBody("12.5", "EUR", reference, "tok_visa", false));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("Idempotent-Replayed")).isEmpty();
        JsonNode payment = SandboxClient.json(response);
        assertThat(payment.path("id").asText()).matches("pay_[0-9a-f]{24}");
        assertThat(response.headers().firstValue("Location")).hasValue("/v1/payments/" + payment.path("id").asText());
        assertThat(payment.path("status").asText()).isEqualTo("AUTHORIZED");
        assertThat(payment.path("amount").asText()).isEqualTo("12.50");
        assertThat(payment.path("currency").asText()).isEqualTo("EUR");
        assertThat(payment.path("reference").asText()).isEqualTo(reference);
        assertThat(payment.path("paymentMethod").asText()).isEqualTo("tok_visa");
        assertThat(payment.has("declineReason")).isTrue();
        assertThat(payment.path("declineReason").isNull()).isTrue();
        assertThat(payment.path("capturedAmount").asText()).isEqualTo("0.00");
        assertThat(payment.path("refundedAmount").asText()).isEqualTo("0.00");
        assertThat(Instant.parse(payment.path("createdAt").asText())).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void capturesAtOnceWhenAsked() {
        JsonNode payment = client.open("30.00", newReference(), "tok_mastercard", true);

        assertThat(payment.path("status").asText()).isEqualTo("CAPTURED");
        assertThat(payment.path("capturedAmount").asText()).isEqualTo("30.00");
    }

    @Test
    void amountsFollowTheCurrencysMinorDigits() {
        JsonNode payment = SandboxClient.json(client.post("/v1/payments", newKey(),
                paymentBody("1250", "JPY", newReference(), "tok_visa", true)));

        assertThat(payment.path("amount").asText()).isEqualTo("1250");
        assertThat(payment.path("capturedAmount").asText()).isEqualTo("1250");
    }

    @ParameterizedTest
    @CsvSource({"tok_decline, card_declined", "tok_insufficient_funds, insufficient_funds"})
    void aDeclineIsAResultNotAnError(String token, String reason) {
        HttpResponse<String> response = client.post("/v1/payments", newKey(),
                paymentBody("9.99", "EUR", newReference(), token, true));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode payment = SandboxClient.json(response);
        assertThat(payment.path("status").asText()).isEqualTo("DECLINED");
        assertThat(payment.path("declineReason").asText()).isEqualTo(reason);
        assertThat(payment.path("capturedAmount").asText()).isEqualTo("0.00");
    }

    @Test
    void capturesAnAuthorization() {
        String id = client.open("12.50", newReference(), "tok_visa", false).path("id").asText();

        HttpResponse<String> capture = client.post("/v1/payments/" + id + "/capture", newKey(), "");

        assertThat(capture.statusCode()).isEqualTo(200);
        assertThat(SandboxClient.json(capture).path("status").asText()).isEqualTo("CAPTURED");
        assertThat(SandboxClient.json(capture).path("capturedAmount").asText()).isEqualTo("12.50");
        JsonNode stored = SandboxClient.json(client.get("/v1/payments/" + id));
        assertThat(stored.path("status").asText()).isEqualTo("CAPTURED");
    }

    @Test
    void aCaptureRetriedWithItsKeyIsReplayedButANewCaptureConflicts() {
        String id = client.open("12.50", newReference(), "tok_visa", false).path("id").asText();
        String key = newKey();
        HttpResponse<String> first = client.post("/v1/payments/" + id + "/capture", key, "");

        HttpResponse<String> retried = client.post("/v1/payments/" + id + "/capture", key, "");
        HttpResponse<String> second = client.post("/v1/payments/" + id + "/capture", newKey(), "");

        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(retried.body()).isEqualTo(first.body());
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertProblem(second, 409, "payment-state-conflict");
    }

    @Test
    void aDeclinedPaymentCannotBeCaptured() {
        String id = client.open("12.50", newReference(), "tok_decline", false).path("id").asText();

        assertProblem(client.post("/v1/payments/" + id + "/capture", newKey(), ""), 409, "payment-state-conflict");
    }

    @Test
    void voidsAnAuthorizationWhichThenCannotBeCaptured() {
        String id = client.open("12.50", newReference(), "tok_visa", false).path("id").asText();

        HttpResponse<String> voided = client.post("/v1/payments/" + id + "/void", newKey(), "");

        assertThat(voided.statusCode()).isEqualTo(200);
        assertThat(SandboxClient.json(voided).path("status").asText()).isEqualTo("VOIDED");
        assertProblem(client.post("/v1/payments/" + id + "/capture", newKey(), ""), 409, "payment-state-conflict");
        assertProblem(client.post("/v1/payments/" + id + "/void", newKey(), ""), 409, "payment-state-conflict");
    }

    @Test
    void aCapturedPaymentCannotBeVoided() {
        String id = client.open("12.50", newReference(), "tok_visa", true).path("id").asText();

        assertProblem(client.post("/v1/payments/" + id + "/void", newKey(), ""), 409, "payment-state-conflict");
    }

    @Test
    void refundsEverythingByDefault() {
        String id = client.open("12.50", newReference(), "tok_visa", true).path("id").asText();

        HttpResponse<String> refund = client.post("/v1/payments/" + id + "/refunds", newKey(), "");

        assertThat(refund.statusCode()).isEqualTo(200);
        JsonNode payment = SandboxClient.json(refund);
        assertThat(payment.path("status").asText()).isEqualTo("REFUNDED");
        assertThat(payment.path("refundedAmount").asText()).isEqualTo("12.50");
    }

    @Test
    void partialRefundsStayCapturedUntilNothingIsLeft() {
        String id = client.open("12.50", newReference(), "tok_visa", true).path("id").asText();

        JsonNode afterFirst = SandboxClient.json(client.post("/v1/payments/" + id + "/refunds", newKey(), "{\"amount\":\"5.00\"}"));
        HttpResponse<String> tooMuch = client.post("/v1/payments/" + id + "/refunds", newKey(), "{\"amount\":\"7.51\"}");
        JsonNode afterRest = SandboxClient.json(client.post("/v1/payments/" + id + "/refunds", newKey(), "{\"amount\":\"7.5\"}"));

        assertThat(afterFirst.path("status").asText()).isEqualTo("CAPTURED");
        assertThat(afterFirst.path("refundedAmount").asText()).isEqualTo("5.00");
        assertProblem(tooMuch, 409, "payment-state-conflict");
        assertThat(afterRest.path("status").asText()).isEqualTo("REFUNDED");
        assertThat(afterRest.path("refundedAmount").asText()).isEqualTo("12.50");
        assertProblem(client.post("/v1/payments/" + id + "/refunds", newKey(), ""), 409, "payment-state-conflict");
    }

    @Test
    void onlyCapturedMoneyCanBeRefunded() {
        String id = client.open("12.50", newReference(), "tok_visa", false).path("id").asText();

        assertProblem(client.post("/v1/payments/" + id + "/refunds", newKey(), ""), 409, "payment-state-conflict");
    }

    @Test
    void aRefundAmountMustFitThePaymentsCurrency() {
        String id = client.open("12.50", newReference(), "tok_visa", true).path("id").asText();

        assertProblem(client.post("/v1/payments/" + id + "/refunds", newKey(), "{\"amount\":\"1.001\"}"), 400, "invalid-request");
        assertProblem(client.post("/v1/payments/" + id + "/refunds", newKey(), "{\"amount\":\"0\"}"), 400, "invalid-request");
        assertProblem(client.post("/v1/payments/" + id + "/refunds", newKey(), "{\"amount\":5}"), 400, "invalid-request");
        assertProblem(client.post("/v1/payments/" + id + "/refunds", newKey(), "{\"reason\":\"x\"}"), 400, "invalid-request");
    }

    @Test
    void unknownPaymentsAreNotFound() {
        assertProblem(client.get("/v1/payments/pay_000000000000000000000000"), 404, "payment-not-found");
        assertProblem(client.post("/v1/payments/pay_000000000000000000000000/capture", newKey(), ""), 404, "payment-not-found");
        assertProblem(client.post("/v1/payments/pay_000000000000000000000000/void", newKey(), ""), 404, "payment-not-found");
        assertProblem(client.post("/v1/payments/pay_000000000000000000000000/refunds", newKey(), ""), 404, "payment-not-found");
    }
}
