package io.ordo.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The network between Liberty and PostgreSQL, as a {@code socat} TCP relay (one forked child per
 * connection) that Liberty's data source points at. {@link #pause()} stops the relay and every
 * connection's child with SIGSTOP: packets stop flowing both ways while the sockets stay open, as
 * when a switch or a firewall stalls, so nothing fails fast; new connections are accepted by the
 * kernel and then hear nothing. {@link #resume()} sends SIGCONT and the bytes held in the buffers
 * flow again.
 */
final class DatabaseRelay implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private final Process socat;
    private final int port;
    private volatile boolean paused;

    private DatabaseRelay(Process socat, int port) {
        this.socat = socat;
        this.port = port;
    }

    /** A relay from a free loopback port to {@code targetPort}, or empty if socat is not installed. */
    static Optional<DatabaseRelay> startIfAvailable(int targetPort, Path log) {
        if (!installed()) {
            return Optional.empty();
        }
        int port = freePort();
        try {
            Process socat = new ProcessBuilder("socat",
                    "TCP-LISTEN:" + port + ",bind=127.0.0.1,reuseaddr,fork,nodelay",
                    "TCP:127.0.0.1:" + targetPort + ",nodelay")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            DatabaseRelay relay = new DatabaseRelay(socat, port);
            relay.awaitListening();
            return Optional.of(relay);
        } catch (IOException e) {
            throw new UncheckedIOException("socat did not start", e);
        }
    }

    static boolean installed() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, "socat"))) {
                return true;
            }
        }
        return false;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on the loopback interface", e);
        }
    }

    private void awaitListening() throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    if (socat.waitFor(100, TimeUnit.MILLISECONDS)) {
                        throw new IOException("socat exited with " + socat.exitValue() + " before it listened on " + port);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while socat started", e);
                }
            }
        }
        throw new IOException("socat did not listen on " + port + " within " + START_TIMEOUT.toSeconds() + " s");
    }

    int port() {
        return port;
    }

    /** Stalls the relay and every connection through it (SIGSTOP). */
    synchronized void pause() {
        signal("-STOP");
        paused = true;
    }

    /** Lets the stalled traffic flow again (SIGCONT). */
    synchronized void resume() {
        signal("-CONT");
        paused = false;
    }

    boolean isPaused() {
        return paused;
    }

    /** Sends the signal to the relay and to every connection's child, the relay first so that it forks no new one meanwhile. */
    private void signal(String signal) {
        List<String> command = new ArrayList<>(List.of("kill", signal, Long.toString(socat.pid())));
        socat.descendants().forEach(child -> command.add(Long.toString(child.pid())));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                // A child may have ended between listing and signalling; the relay itself must have got it.
                if (!socat.isAlive()) {
                    throw new IllegalStateException("the socat relay is gone");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot signal socat", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling socat", e);
        }
    }

    @Override
    public void close() {
        if (paused) {
            resume();
        }
        socat.descendants().forEach(ProcessHandle::destroyForcibly);
        socat.destroyForcibly();
    }
}
