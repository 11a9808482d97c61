package io.ordo.sandbox;

import com.sun.net.httpserver.HttpServer;
import io.ordo.sandbox.behaviour.Behaviour;
import io.ordo.sandbox.behaviour.BehaviourSettings;
import io.ordo.sandbox.behaviour.FaultPolicy;
import io.ordo.sandbox.http.SandboxHttpHandler;
import io.ordo.sandbox.ledger.PaymentLedger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running payment gateway sandbox: an HTTP server with its payments in memory.
 *
 * <pre>{@code
 * try (PaymentSandbox gateway = PaymentSandbox.start("127.0.0.1", 0)) {
 *     URI payments = gateway.baseUri().resolve("/v1/payments");
 * }
 * }</pre>
 *
 * The behaviour it starts with comes from the system properties {@code ordo.sandbox.mode},
 * {@code ordo.sandbox.delay-ms}, {@code ordo.sandbox.failure-rate} and {@code ordo.sandbox.seed};
 * normal when none is set.
 */
public final class PaymentSandbox implements AutoCloseable {

    // Handlers never block (delays are scheduled, the ledger's lock is held for microseconds), so a
    // few workers serve many callers; a full queue makes the accepting thread run the request itself,
    // which slows intake instead of dropping connections.
    private static final int WORKERS = 8;
    private static final int QUEUED_REQUESTS = 512;
    private static final int BACKLOG = 128;

    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService timer;
    private final URI baseUri;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PaymentSandbox(HttpServer server, ThreadPoolExecutor workers, ScheduledExecutorService timer, URI baseUri) {
        this.server = server;
        this.workers = workers;
        this.timer = timer;
        this.baseUri = baseUri;
    }

    /**
     * Starts the sandbox listening on {@code host}, e.g. "127.0.0.1".
     *
     * @param port the port, or 0 for any free one; {@link #port()} tells which
     * @throws UncheckedIOException if the address cannot be bound
     */
    public static PaymentSandbox start(String host, int port) {
        return start(host, port, BehaviourSettings.fromSystemProperties());
    }

    static PaymentSandbox start(String host, int port, Behaviour behaviour) {
        // The JDK server reads this once, when its first server is created. Without it Nagle's
        // algorithm meets delayed ACKs and every small answer waits ~40 ms: 33 times slower.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
        }
        ThreadPoolExecutor workers = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUED_REQUESTS), daemonThreads("payment-sandbox-worker"),
                new ThreadPoolExecutor.CallerRunsPolicy());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("payment-sandbox-timer"));
        server.createContext("/", new SandboxHttpHandler(
                new PaymentLedger(Clock.systemUTC()), new FaultPolicy(behaviour), timer, workers));
        server.setExecutor(workers);
        server.start();
        int boundPort = server.getAddress().getPort();
        return new PaymentSandbox(server, workers, timer, baseUri(host, boundPort));
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Where the sandbox answers, e.g. {@code http://127.0.0.1:41234}, without a trailing slash. */
    public URI baseUri() {
        return baseUri;
    }

    /** Stops listening and drops open connections, held {@code timeout} answers included. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            timer.shutdownNow();
            workers.shutdownNow();
        }
    }

    private static URI baseUri(String host, int port) {
        try {
            // This constructor brackets an IPv6 literal host, which string concatenation would not.
            return new URI("http", null, host, port, null, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable host: " + host, e);
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            // Daemon threads: an embedding test or dev stack that forgets close() can still exit.
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
