package io.ordo.sandbox;

import static io.ordo.sandbox.ProblemAssertions.assertProblem;
import static io.ordo.sandbox.SandboxClient.newKey;
import static io.ordo.sandbox.SandboxClient.paymentBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequestValidationTest {

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

    static Stream<Arguments> invalidPaymentRequests() {
        String ok = "\"currency\":\"EUR\",\"reference\":\"order-1\",\"paymentMethod\":\"tok_visa\"";
        return Stream.of(
                Arguments.of("zero amount", "{\"amount\":\"0.00\"," + ok + "}"),
                Arguments.of("negative amount", "{\"amount\":\"-1.00\"," + ok + "}"),
                Arguments.of("three decimals in EUR", "{\"amount\":\"1.001\"," + ok + "}"),
                Arguments.of("exponent", "{\"amount\":\"1e3\"," + ok + "}"),
                Arguments.of("huge exponent", "{\"amount\":\"1e999999999\"," + ok + "}"),
                Arguments.of("a thousand digits", "{\"amount\":\"" + "9".repeat(1000) + "\"," + ok + "}"),
                Arguments.of("padded amount", "{\"amount\":\" 1.00\"," + ok + "}"),
                Arguments.of("amount as a number", "{\"amount\":12.50," + ok + "}"),
                Arguments.of("amount missing", "{" + ok + "}"),
                Arguments.of("decimals in JPY", paymentBody("12.5", "JPY", "order-1", "tok_visa", false)),
                Arguments.of("lower-case currency", paymentBody("12.50", "eur", "order-1", "tok_visa", false)),
                Arguments.of("two-letter currency", paymentBody("12.50", "EU", "order-1", "tok_visa", false)),
                Arguments.of("made-up currency", paymentBody("12.50", "ABC", "order-1", "tok_visa", false)),
                Arguments.of("currency without minor unit", paymentBody("12.50", "XXX", "order-1", "tok_visa", false)),
                Arguments.of("empty reference", paymentBody("12.50", "EUR", "", "tok_visa", false)),
                Arguments.of("reference of 101 characters", paymentBody("12.50", "EUR", "r".repeat(101), "tok_visa", false)),
                Arguments.of("control character in reference", paymentBody("12.50", "EUR", "order\\u0000", "tok_visa", false)),
                Arguments.of("payment method missing", "{\"amount\":\"1.00\",\"currency\":\"EUR\",\"reference\":\"r\"}"),
                Arguments.of("payment method not a string", "{\"amount\":\"1.00\",\"currency\":\"EUR\",\"reference\":\"r\",\"paymentMethod\":{}}"),
                Arguments.of("capture not a boolean", "{\"amount\":\"1.00\"," + ok + ",\"capture\":\"yes\"}"),
                Arguments.of("unknown field", "{\"amount\":\"1.00\"," + ok + ",\"cvc\":\"123\"}"),
                Arguments.of("an array", "[]"),
                Arguments.of("a string", "\"tok_visa\""),
                Arguments.of("null", "null"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPaymentRequests")
    void refusesAnInvalidPaymentRequest(String why, String body) {
        assertProblem(client.post("/v1/payments", newKey(), body), 400, "invalid-request");
    }

    static Stream<Arguments> malformedJson() {
        return Stream.of(
                Arguments.of("empty body", ""),
                Arguments.of("not JSON", "amount=12.50"),
                Arguments.of("truncated", "{\"amount\":\"12.50\""),
                Arguments.of("duplicate field", "{\"amount\":\"1.00\",\"amount\":\"1000.00\",\"currency\":\"EUR\"}"),
                Arguments.of("trailing garbage", paymentBody("12.50", "EUR", "order-1", "tok_visa", false) + " {}"),
                Arguments.of("nested 5000 deep", "{\"reference\":" + "[".repeat(5000) + "]".repeat(5000) + "}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedJson")
    void refusesMalformedJson(String why, String body) {
        assertProblem(client.post("/v1/payments", newKey(), body), 400, "malformed-json");
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        HttpResponse<String> response = client.send(client.request("/v1/payments")
                .header("Idempotency-Key", newKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());

        assertProblem(response, 400, "malformed-json");
    }

    @Test
    void refusesAnUnknownPaymentMethod() {
        assertProblem(client.post("/v1/payments", newKey(), paymentBody("12.50", "EUR", "order-1", "tok_amex", false)),
                400, "unknown-payment-method");
    }

    @Test
    void refusesABodyOverSixteenKibibytes() {
        String padding = " ".repeat(16 * 1024);
        String justFits = paymentBody("12.50", "EUR", SandboxClient.newReference(), "tok_visa", false);
        justFits = justFits + padding.substring(justFits.length());
        String tooLarge = justFits + " ";

        assertThat(client.post("/v1/payments", newKey(), justFits).statusCode()).isEqualTo(201);
        assertProblem(client.post("/v1/payments", newKey(), tooLarge), 413, "payload-too-large");
        assertProblem(client.post("/v1/payments", newKey(), "x".repeat(1024 * 1024)), 413, "payload-too-large");
    }

    @Test
    void answersUnknownPathsWithAProblem() {
        assertProblem(client.get("/"), 404, "not-found");
        assertProblem(client.get("/v2/payments"), 404, "not-found");
        assertProblem(client.post("/v1/payments/pay_1/settle", newKey(), ""), 404, "not-found");
        assertProblem(client.get("/v1/payments//capture"), 404, "not-found");
    }

    @Test
    void answersAWrongMethodWithTheAllowedOnes() {
        HttpResponse<String> delete = client.send(client.request("/v1/payments").DELETE().build());
        HttpResponse<String> getCapture = client.get("/v1/payments/pay_1/capture");
        HttpResponse<String> postBehaviour = client.post("/sandbox/behaviour", null, "{}");

        assertProblem(delete, 405, "method-not-allowed");
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET, POST");
        assertProblem(getCapture, 405, "method-not-allowed");
        assertThat(getCapture.headers().firstValue("Allow")).hasValue("POST");
        assertProblem(postBehaviour, 405, "method-not-allowed");
        assertThat(postBehaviour.headers().firstValue("Allow")).hasValue("GET, PUT");
    }
}
