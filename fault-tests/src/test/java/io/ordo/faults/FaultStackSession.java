package io.ordo.faults;

import io.ordo.devstack.DevStack;
import io.ordo.devstack.RunFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the whole stack once for the module's run — PostgreSQL, broker, payment sandbox and the
 * packaged Liberty server as a child process — in a data folder of its own under
 * {@code target/fault-stack/}, and stops it at the end. The scenarios share it: a Liberty restart
 * costs 15-60 s on two cores, so each scenario restarts only what it breaks.
 */
public class FaultStackSession implements LauncherSessionListener {

    /** Their INFO chatter would bury the scenarios' timelines; warnings still show. Kept referenced for JUL. */
    private static final List<Logger> QUIETED = Stream.of("org.apache.activemq", "io.zonky", "io.netty")
            .map(FaultStackSession::quiet).toList();

    private static final String GATEWAY_CLIENT = "io.ordo.payments.infrastructure.SandboxGatewayClient";
    /** Each has a circuit breaker of its own. */
    private static final List<String> GATEWAY_OPERATIONS =
            List.of("charge", "authorize", "capture", "voidAuthorization", "refund", "findByIdempotencyKey");

    /**
     * The integration tests' short deadlines and fast jobs, so that reconciliation and the
     * circuit breakers act within a scenario; the behaviour is that of the production defaults,
     * only sooner. Two differences:
     * <ul>
     *   <li>stock is held 3 minutes, not 12 s: longer than a Liberty restart (15-60 s on a busy
     *       2-core machine), as the production 15 minutes are. An order whose hold runs out while
     *       Ordo is down expires on restart, and is refunded, even when the gateway took its
     *       money in time (see README.md). No scenario waits for an expiry;</li>
     *   <li>the breakers' delay is set per operation: the annotations sit on the methods, and
     *       MicroProfile Fault Tolerance applies {@code <class>/CircuitBreaker/delay} only to an
     *       annotation on the class (the integration tests' setting of it has no effect).</li>
     * </ul>
     */
    static final Map<String, String> TEST_TIMING = Stream.concat(
            Stream.of(
                    Map.entry("ordo.inventory.reservation-seconds", "180"),
                    Map.entry("ordo.ordering.expiry-interval-ms", "500"),
                    Map.entry("ordo.payments.reconcile-interval-ms", "500"),
                    Map.entry("ordo.payments.reconcile-after-ms", "2000"),
                    Map.entry("ordo.gateway.call-timeout-ms", "1000")),
            GATEWAY_OPERATIONS.stream().map(operation -> Map.entry(GATEWAY_CLIENT + "/" + operation + "/CircuitBreaker/delay", "3000")))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private DevStack stack;
    private DatabaseRelay relay;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String wlpHome = System.getProperty("ordo.wlp.home");
        if (wlpHome == null) {
            return; // not run by the build (e.g. one test from an IDE without the properties)
        }
        Path runs = Path.of(System.getProperty("ordo.faults.data"));
        Path data = runs.resolve(RunFolders.thisRun());
        Instant started = Instant.now();
        try {
            data = RunFolders.forThisRun(runs);
            Path relayLog = data.resolve("socat.log");
            stack = DevStack.builder(data)
                    .wlpHome(Path.of(wlpHome))
                    .ear(Path.of(System.getProperty("ordo.ear")))
                    .extraVariables(TEST_TIMING)
                    .brokerInOwnProcess(true)
                    .databaseRelay(postgresPort -> {
                        relay = DatabaseRelay.startIfAvailable(postgresPort, relayLog).orElse(null);
                        System.out.println("[fault-stack] " + (relay == null
                                ? "socat not installed: Liberty connects to PostgreSQL directly, the network stall is not tried"
                                : "Liberty reaches PostgreSQL through a socat relay on port " + relay.port()));
                        return relay == null ? postgresPort : relay.port();
                    })
                    .progress(line -> System.out.println("[fault-stack] " + line))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("the fault-test stack did not start (data in " + data + ")", e);
        }
        System.out.println("[fault-stack] ready in " + Duration.between(started, Instant.now()).toSeconds()
                + " s; Liberty's logs in " + stack.liberty().orElseThrow().logsDirectory());
        FaultStack.use(stack, relay);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (stack != null) {
            stack.close();
        }
        if (relay != null) {
            relay.close();
        }
        FaultReport.write();
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.WARNING);
        return logger;
    }

}
