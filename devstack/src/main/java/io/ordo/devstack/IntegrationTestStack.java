package io.ordo.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the whole system once for a module's integration tests — PostgreSQL, broker, payment
 * sandbox and Liberty running the built ear — in a data folder of its own under
 * {@code ordo.it.stack.data}, and stops it at the end. The modules whose tests drive the running
 * system from outside (the CLI, the console) register it as a JUnit Platform launcher session
 * listener.
 *
 * <p>Only when the build runs the {@code *IT}s: failsafe sets {@code ordo.wlp.home}; the unit
 * tests (surefire) load this listener too and it does nothing for them.
 */
public class IntegrationTestStack implements LauncherSessionListener {

    /** Their INFO chatter would bury the test output; warnings still show. Kept referenced for JUL. */
    private static final List<Logger> QUIETED = Stream.of("org.apache.activemq", "io.zonky", "io.netty")
            .map(IntegrationTestStack::quiet).toList();

    private static volatile DevStack running;

    private DevStack stack;

    /** The stack the build started for this test run. */
    public static DevStack running() {
        DevStack stack = running;
        if (stack == null) {
            throw new IllegalStateException("no test stack: run the integration tests through Maven "
                    + "(./mvnw -pl <module> -am verify), which starts it first");
        }
        return stack;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String wlpHome = System.getProperty("ordo.wlp.home");
        if (wlpHome == null) {
            return;
        }
        String label = "[" + System.getProperty("ordo.it.stack.label", "it stack") + "] ";
        Path runs = Path.of(System.getProperty("ordo.it.stack.data"));
        Path data = runs.resolve(RunFolders.thisRun());
        Instant started = Instant.now();
        try {
            data = RunFolders.forThisRun(runs);
            stack = DevStack.builder(data)
                    .wlpHome(Path.of(wlpHome))
                    .ear(Path.of(System.getProperty("ordo.ear")))
                    .progress(line -> System.out.println(label + line))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("the test stack did not start (data in " + data + ")", e);
        }
        System.out.println(label + "ready in " + Duration.between(started, Instant.now()).toSeconds()
                + " s at " + stack.httpUrl() + "; Liberty's logs in " + stack.liberty().orElseThrow().logsDirectory());
        running = stack;
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (stack != null) {
            running = null;
            stack.close();
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.WARNING);
        return logger;
    }
}
