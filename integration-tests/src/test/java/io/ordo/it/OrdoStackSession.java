package io.ordo.it;

import io.ordo.devstack.DevStack;
import io.ordo.devstack.PrivacyKeys;
import io.ordo.devstack.RunFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts PostgreSQL, the broker and the payment sandbox once for the whole test run, before
 * Arquillian starts Liberty, and prepares the Liberty user directory Arquillian runs it from.
 * Each run gets its own data folder and server name (Arquillian finds its server by name among
 * the machine's Java processes), so a dev stack or another test run on the same machine is never
 * mistaken for it.
 */
public class OrdoStackSession implements LauncherSessionListener {

    static final String SERVER_NAME = "ordo-it-" + RunFolders.thisRun();

    /**
     * Short deadlines and fast jobs, so expiry, reconciliation and the circuit breaker can be
     * watched within a test; the behaviour is the same as with the production defaults.
     */
    private static final String TEST_TIMING = """
            <server>
              <variable name="ordo.inventory.reservation-seconds" value="12"/>
              <variable name="ordo.ordering.expiry-interval-ms" value="500"/>
              <variable name="ordo.payments.reconcile-interval-ms" value="500"/>
              <variable name="ordo.payments.reconcile-after-ms" value="2000"/>
              <variable name="ordo.gateway.call-timeout-ms" value="1000"/>
              <variable name="ordo.privacy.rewrap-interval-ms" value="500"/>
              <variable name="io.ordo.payments.infrastructure.SandboxGatewayClient/charge/CircuitBreaker/delay" value="3000"/>
              <variable name="io.ordo.payments.infrastructure.SandboxGatewayClient/authorize/CircuitBreaker/delay" value="3000"/>
              <variable name="io.ordo.payments.infrastructure.SandboxGatewayClient/capture/CircuitBreaker/delay" value="3000"/>
              <variable name="io.ordo.payments.infrastructure.SandboxGatewayClient/findByIdempotencyKey/CircuitBreaker/delay" value="3000"/>
            </server>
            """;

    private DevStack stack;
    private OtlpReceiver traces;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("ordo.wlp.home") == null) {
            return; // not run by the build (e.g. one test from an IDE without the properties)
        }
        try {
            Path data = RunFolders.forThisRun(Path.of(System.getProperty("ordo.it.data")));
            stack = DevStack.builder(data)
                    .wlpHome(Path.of(System.getProperty("ordo.wlp.home")))
                    .startLiberty(false)
                    .start();
            Path usr = stack.liberty().orElseThrow().usrDirectory();
            Path server = usr.resolve("servers").resolve(SERVER_NAME);
            Files.move(usr.resolve("servers").resolve("ordo"), server);
            Files.writeString(server.resolve("configDropins/overrides/arquillian.xml"), """
                    <server>
                      <featureManager>
                        <feature>localConnector-1.0</feature>
                      </featureManager>
                    </server>
                    """, StandardOpenOption.CREATE_NEW);
            Files.writeString(server.resolve("configDropins/overrides/test-timing.xml"), TEST_TIMING, StandardOpenOption.CREATE_NEW);
            traces = OtlpReceiver.start();
            Files.writeString(server.resolve("configDropins/overrides/telemetry.xml"), telemetry(traces), StandardOpenOption.CREATE_NEW);
            Files.writeString(server.resolve("configDropins/overrides/privacy-rotation.xml"),
                    MasterKeyRotation.rotatedConfiguration(PrivacyKeys.loadOrCreate(data)), StandardOpenOption.CREATE_NEW);
            if (RabbitMqBroker.selected()) {
                Files.writeString(server.resolve("configDropins/overrides/rabbitmq.xml"),
                        RabbitMqBroker.serverOverrides(System.getenv()), StandardOpenOption.CREATE_NEW);
            }
            Stack.publish(stack, usr, SERVER_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException("the test stack did not start", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (stack != null) {
            stack.close();
        }
        if (traces != null) {
            traces.close();
        }
    }

    /** Tracing on, every span exported to the test's own receiver soon after it ends. */
    private static String telemetry(OtlpReceiver receiver) {
        return """
                <server>
                  <variable name="otel.sdk.disabled" value="false"/>
                  <variable name="otel.exporter.otlp.endpoint" value="%s"/>
                  <variable name="otel.bsp.schedule.delay" value="200"/>
                </server>
                """.formatted(receiver.endpoint());
    }

}
