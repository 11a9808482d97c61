package io.ordo.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One run of the Liberty server {@value #SERVER_NAME} that the {@code liberty} module assembles,
 * with a user directory and an output directory of its own under an instance folder, so that two
 * dev stacks, or a dev stack and the test suite, never share logs, workarea or keystore.
 *
 * <p>Instance folder: {@code usr/} (a fresh copy of the built server on every
 * {@link #prepare prepare}), {@code output/} (logs, workarea, the generated {@code key.p12}),
 * {@code console.log}, {@code keystore.properties}.
 *
 * <p>After {@link #stop()} or {@link #kill()}, {@link #start()} runs the server again on the same
 * ports, user directory and output directory: a restart, as an operator (or a supervisor after a
 * crash) would do it.
 */
public final class LibertyInstance implements AutoCloseable {

    public static final String SERVER_NAME = "ordo";
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(240);

    private static final String KEYSTORE_FILE = "keystore.properties";
    private static final String KEYSTORE_PASSWORD = "password";
    /** Output of a run of the template server in place, and applications someone dropped there. */
    private static final Set<String> NOT_COPIED = Set.of("logs", "workarea", "dropins", "tranlog");
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final int LOG_TAIL_LINES = 25;
    /**
     * Liberty keeps running when the application fails to start (readiness just stays DOWN):
     * these messages mean it will not become ready, so waiting for the timeout is pointless.
     * CWWKZ0012I application not started, CWWKZ0002E/CWWKZ0004E exception while starting it,
     * CWWKF0001E/CWWKF0042E a feature that cannot be found or resolved.
     */
    private static final List<String> HOPELESS = List.of("CWWKZ0012I", "CWWKZ0002E", "CWWKZ0004E", "CWWKF0001E", "CWWKF0042E");

    private final Path wlpHome;
    private final Path instanceDirectory;
    private final int httpPort;
    private Duration startTimeout = DEFAULT_START_TIMEOUT;
    private PrintStream echo;
    private String echoPrefix = "";
    private Process process;
    private ConsoleLog consoleLog;
    private Thread consolePump;

    /**
     * @param wlpHome           the Liberty installation, e.g. {@code liberty/target/liberty/wlp}
     * @param instanceDirectory this instance's folder, prepared by {@link #prepare prepare}
     * @param httpPort          the {@code ordo.http.port} given to {@link #prepare prepare}
     */
    public LibertyInstance(Path wlpHome, Path instanceDirectory, int httpPort) {
        this.wlpHome = wlpHome.toAbsolutePath();
        this.instanceDirectory = instanceDirectory.toAbsolutePath();
        this.httpPort = httpPort;
    }

    /**
     * Builds the instance's user directory afresh from {@code wlpHome/usr} (so a rebuilt server
     * is picked up): {@code servers/ordo} (server.xml, jvm.options, lib/ ...) and
     * {@code shared/} if present, plus {@code configDropins/overrides/devstack.xml} with one
     * variable per entry of {@code variables}, and the ear as {@code dropins/ordo.ear} when given.
     *
     * @return the user directory, to be used as {@code WLP_USER_DIR} (or Arquillian's userDir)
     */
    public static Path prepare(Path wlpHome, Path instanceDirectory, Map<String, String> variables, Path earOrNull)
            throws IOException {
        Path template = wlpHome.resolve("usr").resolve("servers").resolve(SERVER_NAME);
        if (!Files.isRegularFile(template.resolve("server.xml"))) {
            throw new IOException("no Liberty server '" + SERVER_NAME + "' under " + wlpHome
                    + ": build it first with ./mvnw -pl liberty -am package");
        }
        if (earOrNull != null && !Files.isRegularFile(earOrNull)) {
            throw new IOException("no application at " + earOrNull + ": build it first with ./mvnw -pl liberty -am package");
        }
        Path usr = instanceDirectory.toAbsolutePath().resolve("usr");
        DirectoryTree.deleteIfExists(usr);
        Path server = usr.resolve("servers").resolve(SERVER_NAME);
        DirectoryTree.copy(template, server, NOT_COPIED);
        for (String shared : List.of("shared", "extension")) {
            Path source = wlpHome.resolve("usr").resolve(shared);
            if (Files.isDirectory(source)) {
                DirectoryTree.copy(source, usr.resolve(shared), Set.of());
            }
        }
        OverridesFile.write(server, variables);
        Path dropins = Files.createDirectories(server.resolve("dropins"));
        if (earOrNull != null) {
            Files.copy(earOrNull, dropins.resolve("ordo.ear"), StandardCopyOption.REPLACE_EXISTING);
        }
        return usr;
    }

    /**
     * The password of the instance's TLS keystore, generated once per instance folder and kept
     * there. Liberty creates {@code key.p12} from it on the first start and cannot open it with
     * another one (HTTPS then silently stays closed), so a newly generated password also throws
     * away a keystore left from before.
     */
    public static String keystorePassword(Path instanceDirectory) throws IOException {
        Path directory = instanceDirectory.toAbsolutePath();
        Path file = directory.resolve(KEYSTORE_FILE);
        boolean existed = Files.exists(file);
        String password = SecretsFile.loadOrGenerate(file,
                "Password of this Liberty instance's keystore (output/ordo/resources/security/key.p12).",
                List.of(KEYSTORE_PASSWORD)).get(KEYSTORE_PASSWORD);
        if (!existed) {
            Files.deleteIfExists(outputDirectory(directory).resolve(SERVER_NAME)
                    .resolve("resources").resolve("security").resolve("key.p12"));
        }
        return password;
    }

    /** Gives up waiting for readiness after this long (default {@link #DEFAULT_START_TIMEOUT}). */
    public LibertyInstance startTimeout(Duration timeout) {
        this.startTimeout = timeout;
        return this;
    }

    /** Also prints the server's console output to {@code out}, each line behind {@code prefix}. */
    public LibertyInstance echoTo(PrintStream out, String prefix) {
        this.echo = out;
        this.echoPrefix = prefix;
        return this;
    }

    /**
     * Runs {@code bin/server run ordo} on the prepared user directory and returns once
     * {@code /health/ready} answers 200.
     *
     * @throws IOException if the server dies or is not ready in time; the message ends with the
     *                     tail of {@code console.log}, and a server that is not ready is stopped
     */
    public void start() throws IOException {
        Process started;
        synchronized (this) {
            if (isRunning()) {
                throw new IllegalStateException("Liberty instance " + instanceDirectory + " is already running");
            }
            if (!Files.isDirectory(usrDirectory().resolve("servers").resolve(SERVER_NAME))) {
                throw new IllegalStateException("prepare " + instanceDirectory + " before starting it");
            }
            Files.createDirectories(outputDirectory());
            consoleLog = new ConsoleLog(consoleLogFile(), echo, echoPrefix);
            process = serverCommand("run").redirectErrorStream(true).start();
            consolePump = consoleLog.follow(process, "liberty-console-" + httpPort);
            started = process;
        }
        // Not holding the lock while waiting: stop() from a shutdown hook must get through.
        try {
            awaitReady(started);
        } catch (IOException | RuntimeException e) {
            stopQuietly();
            throw e;
        }
    }

    private void awaitReady(Process server) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(readyUrl()).timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(startTimeout);
        while (Instant.now().isBefore(deadline)) {
            if (consoleLog.hopeless()) {
                throw new IOException("Liberty started but the application did not; Liberty will not be ready."
                        + consoleLog.errors() + tailOfConsole());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the HTTP port opens late in the start; keep asking
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for Liberty to be ready", e);
            }
            // Waiting on the process is the pause between two asks, and notices a crash at once.
            if (waitForExit(server, Duration.ofSeconds(1))) {
                awaitConsoleDrained();
                throw new IOException("Liberty exited with code " + server.exitValue() + " before it was ready."
                        + consoleLog.errors() + tailOfConsole());
            }
        }
        throw new IOException("Liberty was not ready at " + readyUrl() + " within " + startTimeout.toSeconds() + " s."
                + tailOfConsole());
    }

    /**
     * Runs {@code bin/server stop ordo}, waits for the server to exit, and kills whatever the
     * server script left behind. Does nothing when the server is not running.
     */
    public synchronized void stop() throws IOException {
        if (process == null) {
            return;
        }
        // Collected first: once the script has exited, its children are no longer its descendants.
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        try {
            if (process.isAlive()) {
                Process stopCommand = serverCommand("stop").redirectErrorStream(true).start();
                consoleLog.follow(stopCommand, "liberty-stop-" + httpPort);
                if (!stopCommand.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    stopCommand.destroyForcibly();
                }
                waitForExit(process, STOP_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            killLeftovers(tree);
            awaitConsoleDrained();
            consoleLog.close();
            process = null;
        }
    }

    /**
     * Kills the server as a crash would: SIGKILL to the server JVM and everything it started,
     * with no stop command, no shutdown hooks and no chance to finish or roll back anything in
     * flight. Returns once they are gone, so the ports are free for {@link #start()}. Does
     * nothing when the server is not running.
     */
    public synchronized void kill() throws IOException {
        if (process == null) {
            return;
        }
        // Collected first: once the server has died, its children are no longer its descendants.
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        try {
            for (ProcessHandle killed : tree) {
                killed.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the killed Liberty to exit", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("Liberty did not exit within " + STOP_TIMEOUT.toSeconds() + " s of SIGKILL", e);
        }
        awaitConsoleDrained();
        consoleLog.close();
        process = null;
    }

    private static void killLeftovers(List<ProcessHandle> tree) {
        List<ProcessHandle> alive = tree.stream().filter(ProcessHandle::isAlive).toList();
        alive.forEach(ProcessHandle::destroy);
        for (ProcessHandle leftover : alive) {
            try {
                leftover.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception notGone) {
                leftover.destroyForcibly();
            }
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (IOException | RuntimeException ignored) {
            // the start failure is the one worth reporting
        }
    }

    /** The last lines (the reason of a failure, usually) are read after the process is gone. */
    private void awaitConsoleDrained() {
        try {
            consolePump.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean waitForExit(Process server, Duration timeout) throws IOException {
        try {
            return server.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for Liberty", e);
        }
    }

    private ProcessBuilder serverCommand(String action) {
        String script = OperatingSystem.isWindows() ? "server.bat" : "server";
        ProcessBuilder builder = new ProcessBuilder(wlpHome.resolve("bin").resolve(script).toString(), action, SERVER_NAME)
                .directory(instanceDirectory.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("WLP_USER_DIR", usrDirectory().toString());
        environment.put("WLP_OUTPUT_DIR", outputDirectory().toString());
        // The JVM running the dev stack is known to work; whatever JAVA_HOME the shell has may not.
        environment.put("JAVA_HOME", Path.of(System.getProperty("java.home")).toString());
        return builder;
    }

    private String tailOfConsole() {
        List<String> tail = consoleLog.tail(LOG_TAIL_LINES);
        return "\nLast lines of " + consoleLogFile() + " (more in " + logsDirectory() + "):\n  " + String.join("\n  ", tail);
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public int httpPort() {
        return httpPort;
    }

    public URI readyUrl() {
        return URI.create("http://localhost:" + httpPort + "/health/ready");
    }

    public Path wlpHome() {
        return wlpHome;
    }

    public Path instanceDirectory() {
        return instanceDirectory;
    }

    public Path usrDirectory() {
        return instanceDirectory.resolve("usr");
    }

    public Path outputDirectory() {
        return outputDirectory(instanceDirectory);
    }

    private static Path outputDirectory(Path instanceDirectory) {
        return instanceDirectory.resolve("output");
    }

    /** What the server printed during the last start, written while it runs. */
    public Path consoleLogFile() {
        return instanceDirectory.resolve("console.log");
    }

    /** The server's own logs (messages.log, trace, FFDC). */
    public Path logsDirectory() {
        return outputDirectory().resolve(SERVER_NAME).resolve("logs");
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "Liberty " + SERVER_NAME + " on http://localhost:" + httpPort + " (" + instanceDirectory + ")";
    }

    /**
     * The server's console output: written to console.log, optionally echoed, and the last lines
     * kept for error messages.
     */
    private static final class ConsoleLog implements AutoCloseable {

        private final Writer file;
        private final PrintStream echo;
        private final String prefix;
        private final List<String> recent = new ArrayList<>();
        private final List<String> errors = new ArrayList<>();
        private boolean hopeless;

        ConsoleLog(Path path, PrintStream echo, String prefix) throws IOException {
            this.file = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            this.echo = echo;
            this.prefix = prefix;
        }

        /** Copies the process's output on a daemon thread until the process closes it. */
        Thread follow(Process source, String threadName) {
            Thread pump = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(
                        new InputStreamReader(source.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        accept(line);
                    }
                } catch (IOException closed) {
                    // the process is gone
                }
            }, threadName);
            pump.setDaemon(true);
            pump.start();
            return pump;
        }

        private synchronized void accept(String line) {
            try {
                file.write(line);
                file.write(System.lineSeparator());
                file.flush();
            } catch (IOException closed) {
                // console.log closed by stop(); the echo still shows the last lines
            }
            if (echo != null) {
                echo.println(prefix + line);
            }
            if (line.startsWith("[ERROR") && errors.size() < 10) {
                errors.add(line.length() > 500 ? line.substring(0, 500) + " ..." : line);
            }
            if (HOPELESS.stream().anyMatch(line::contains)) {
                hopeless = true;
            }
            recent.add(line);
            if (recent.size() > 200) {
                recent.subList(0, 100).clear();
            }
        }

        synchronized boolean hopeless() {
            return hopeless;
        }

        /** The server's first error lines: the reason, where the tail shows only its stack trace. */
        synchronized String errors() {
            return errors.isEmpty() ? "" : "\nErrors:\n  " + String.join("\n  ", errors);
        }

        synchronized List<String> tail(int lines) {
            return List.copyOf(recent.subList(Math.max(0, recent.size() - lines), recent.size()));
        }

        @Override
        public synchronized void close() {
            try {
                file.close();
            } catch (IOException ignored) {
                // nothing more to write anyway
            }
        }
    }
}
