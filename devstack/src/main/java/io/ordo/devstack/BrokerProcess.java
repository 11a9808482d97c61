package io.ordo.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The dev stack's Artemis broker ({@link BrokerService}: same configuration, same topology) in a
 * JVM of its own, so that it can be killed for real: {@link #kill()} is SIGKILL, with no orderly
 * shutdown, no journal closed and no connection closed politely, as a crashed broker host looks
 * to its clients. An embedded broker can only be stopped, which is kinder than any real outage.
 *
 * <p>The child runs on this JVM's class path and its output goes to {@code broker.log} in the
 * data folder. It exits by itself when its parent goes away (its standard input closes), so a
 * killed test run leaves no broker behind.
 */
public final class BrokerProcess implements MessageBroker {

    private static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path dataDirectory;
    private final int amqpPort;
    private Process process;

    private BrokerProcess(Path dataDirectory, int amqpPort) {
        this.dataDirectory = dataDirectory;
        this.amqpPort = amqpPort;
    }

    /** Starts the broker in a new JVM, keeping its data in {@code dataDirectory}, on a free port. */
    public static BrokerProcess start(Path dataDirectory) throws IOException {
        Path directory = dataDirectory.toAbsolutePath();
        Files.createDirectories(directory);
        BrokerProcess broker = new BrokerProcess(directory, FreePorts.pick());
        broker.startAgain();
        return broker;
    }

    @Override
    public synchronized void startAgain() throws IOException {
        if (isRunning()) {
            throw new IllegalStateException(this + " is already running");
        }
        Path log = dataDirectory.resolve("broker.log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        process = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Child.class.getName(),
                dataDirectory.toString(), Integer.toString(amqpPort)))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!listening()) {
            try {
                if (process.waitFor(100, TimeUnit.MILLISECONDS)) {
                    throw new IOException("the broker process exited with " + process.exitValue() + " before it listened on "
                            + amqpPort + "; see " + log);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
                throw new IOException("interrupted while the broker process started", e);
            }
            if (Instant.now().isAfter(deadline)) {
                kill();
                throw new IOException("the broker process did not listen on " + amqpPort + " within "
                        + START_TIMEOUT.toSeconds() + " s; see " + log);
            }
        }
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, amqpPort), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    /**
     * Kills the broker's JVM with SIGKILL: clients see their connections reset, unsettled
     * deliveries are redelivered after {@link #startAgain()}, and what the journal had not
     * written is lost as it would be on a real crash. Returns once the process is gone.
     */
    public synchronized void kill() throws IOException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        awaitExit(tree);
        process = null;
    }

    /** Stops the broker in an orderly way (SIGTERM: its shutdown hook stops Artemis). */
    @Override
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        try {
            process.destroy();
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } finally {
            process = null;
        }
    }

    private static void awaitExit(List<ProcessHandle> processes) throws IOException {
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the killed broker to exit", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("broker process " + process.pid() + " outlived SIGKILL", e);
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public String host() {
        return HOST;
    }

    @Override
    public int amqpPort() {
        return amqpPort;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }


    @Override
    public String toString() {
        return "Artemis process " + amqpUrl() + " (" + dataDirectory + ")";
    }

    /** The broker JVM: {@code <data folder> <port>}; runs until SIGTERM or until its parent is gone. */
    public static final class Child {

        private Child() {
        }

        public static void main(String[] args) throws Exception {
            BrokerService broker = BrokerService.start(Path.of(args[0]), Integer.parseInt(args[1]));
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "broker-stop"));
            System.out.println("Artemis listening on " + broker.amqpUrl() + ", data in " + args[0]);
            InputStream parent = System.in;
            while (parent.read() != -1) {
                // nothing is sent; end of input means the parent is gone
            }
            System.out.println("parent gone: stopping");
            System.exit(0);
        }
    }
}
