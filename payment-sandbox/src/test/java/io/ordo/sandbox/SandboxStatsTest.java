package io.ordo.sandbox;

import static io.ordo.sandbox.SandboxClient.newKey;
import static io.ordo.sandbox.SandboxClient.paymentBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxStatsTest {

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
    void forgetEverything() {
        client.reset();
    }

    @Test
    void countsMoneyMovementsPerReference() {
        String captureKey = newKey();
        String sale = client.open("5.00", "order-A", "tok_visa", true).path("id").asText();
        String auth = client.open("7.00", "order-A", "tok_visa", false).path("id").asText();
        client.post("/v1/payments/" + auth + "/capture", captureKey, "");
        client.post("/v1/payments/" + auth + "/capture", captureKey, "");
        client.post("/v1/payments/" + sale + "/refunds", newKey(), "{\"amount\":\"1.00\"}");
        client.post("/v1/payments/" + sale + "/refunds", newKey(), "");
        String voided = client.open("3.00", "order-B", "tok_visa", false).path("id").asText();
        client.post("/v1/payments/" + voided + "/void", newKey(), "");
        client.open("3.00", "order-B", "tok_insufficient_funds", true);

        JsonNode stats = client.stats();

        assertThat(stats.path("captures")).isEqualTo(json("{\"order-A\":2}"));
        assertThat(stats.path("authorizations")).isEqualTo(json("{\"order-A\":2,\"order-B\":1}"));
        assertThat(stats.path("refunds")).isEqualTo(json("{\"order-A\":2}"));
        assertThat(stats.path("voids")).isEqualTo(json("{\"order-B\":1}"));
        assertThat(stats.path("declines")).isEqualTo(json("{\"order-B\":1}"));
    }

    @Test
    void countsEveryGatewayRequestIncludingFailedOnes() {
        client.get("/v1/payments/pay_x");
        client.post("/v1/payments", null, "{}");
        client.post("/v1/payments", newKey(), paymentBody("1.00", "EUR", "order-C", "tok_visa", false),
                "Sandbox-Behaviour", "fail");
        client.get("/v1/nothing-here");
        client.get("/sandbox/behaviour");

        assertThat(client.stats().path("requests").asLong()).isEqualTo(4);
        assertThat(client.stats().path("authorizations").size()).isZero();
    }

    private static JsonNode json(String text) {
        try {
            return SandboxClient.JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
