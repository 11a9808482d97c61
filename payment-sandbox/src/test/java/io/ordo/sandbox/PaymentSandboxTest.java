package io.ordo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class PaymentSandboxTest {

    @Test
    void listensOnAFreePortAndTellsWhere() {
        try (PaymentSandbox sandbox = PaymentSandbox.start("127.0.0.1", 0)) {
            assertThat(sandbox.port()).isPositive();
            assertThat(sandbox.baseUri()).hasToString("http://127.0.0.1:" + sandbox.port());
            assertThat(new SandboxClient(sandbox).get("/sandbox/behaviour").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void stopsListeningWhenClosed() {
        PaymentSandbox sandbox = PaymentSandbox.start("127.0.0.1", 0);
        int port = sandbox.port();

        sandbox.close();
        sandbox.close();

        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void refusesAPortAlreadyTaken() {
        try (PaymentSandbox first = PaymentSandbox.start("127.0.0.1", 0)) {
            assertThatThrownBy(() -> PaymentSandbox.start("127.0.0.1", first.port()))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasCauseInstanceOf(IOException.class);
        }
    }

    @Test
    void bracketsAnIpv6Host() {
        try (PaymentSandbox sandbox = PaymentSandbox.start("::1", 0)) {
            assertThat(sandbox.baseUri()).hasToString("http://[::1]:" + sandbox.port());
        } catch (UncheckedIOException noIpv6OnThisMachine) {
            assertThat(noIpv6OnThisMachine).hasMessageContaining("::1");
        }
    }

    @Test
    void startsWithTheBehaviourOfTheSystemProperties() {
        System.setProperty("ordo.sandbox.mode", "flaky");
        System.setProperty("ordo.sandbox.failure-rate", "1");
        System.setProperty("ordo.sandbox.seed", "5");
        try (PaymentSandbox sandbox = PaymentSandbox.start("127.0.0.1", 0)) {
            SandboxClient client = new SandboxClient(sandbox);

            assertThat(client.get("/v1/payments/pay_x").statusCode()).isEqualTo(503);
            assertThat(SandboxClient.json(client.get("/sandbox/behaviour")).path("seed").asLong()).isEqualTo(5);
        } finally {
            System.clearProperty("ordo.sandbox.mode");
            System.clearProperty("ordo.sandbox.failure-rate");
            System.clearProperty("ordo.sandbox.seed");
        }
    }
}
