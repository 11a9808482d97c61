package io.ordo.console;

import io.ordo.devstack.DevStack;
import io.ordo.devstack.RunFolders;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Starts the whole system once for the console's integration tests — PostgreSQL, broker, payment
 * sandbox and Liberty running the built ear — in a data folder of its own under
 * {@code target/console-it-stack/}, and stops it at the end.
 *
 * <p>Only when the build runs the {@code *IT}s: failsafe sets {@code ordo.wlp.home}; the unit
 * and headless UI tests (surefire) load this listener too and it does nothing for them.
 */
public class ConsoleStackSession implements LauncherSessionListener {

    /** Their INFO chatter would bury the test output; warnings still show. Kept referenced for JUL. */
    private static final List<Logger> QUIETED = Stream.of("org.apache.activemq", "io.zonky", "io.netty")
            .map(ConsoleStackSession::quiet).toList();

    private DevStack stack;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String wlpHome = System.getProperty("ordo.wlp.home");
        if (wlpHome == null) {
            return;
        }
        Path runs = Path.of(System.getProperty("ordo.console.it.data"));
        Path data = runs.resolve(RunFolders.thisRun());
        Instant started = Instant.now();
        try {
            data = RunFolders.forThisRun(runs);
            stack = DevStack.builder(data)
                    .wlpHome(Path.of(wlpHome))
                    .ear(Path.of(System.getProperty("ordo.ear")))
                    .progress(line -> System.out.println("[console-it stack] " + line))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("the console test stack did not start (data in " + data + ")", e);
        }
        System.out.println("[console-it stack] ready in " + Duration.between(started, Instant.now()).toSeconds()
                + " s at " + stack.httpUrl());
        RunningStack.use(stack);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (stack != null) {
            stack.close();
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.WARNING);
        return logger;
    }
}
