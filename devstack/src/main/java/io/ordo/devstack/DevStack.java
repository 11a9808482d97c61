package io.ordo.devstack;

import io.ordo.sandbox.PaymentSandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;

/**
 * The whole of Ordo on embedded defaults, started in dependency order — PostgreSQL, broker,
 * payment sandbox, Liberty — and closed in reverse. Liberty is optional: the integration tests
 * let the stack only prepare its user directory and have Arquillian start it.
 *
 * <p>Data folder layout: {@code postgres/}, {@code broker/}, {@code liberty/} (the Liberty
 * instance) and {@value DemoCredentials#FILE_NAME}.
 *
 * <pre>{@code
 * try (DevStack stack = DevStack.builder(dataFolder).wlpHome(wlp).ear(ear).start()) { ... }
 * }</pre>
 */
public final class DevStack implements AutoCloseable {

    private static final String LOOPBACK_NAME = "localhost";

    private final Path dataDirectory;
    private final Path wlpHome;
    private final Path ear;
    private final Map<String, String> extraVariables;
    private final boolean startLiberty;
    private final Duration libertyStartTimeout;
    private final PrintStream libertyEcho;
    private final Consumer<String> progress;
    private final boolean brokerInOwnProcess;
    private final IntUnaryOperator databaseRelay;
    private final boolean databaseFsync;

    /** What has started, newest first: what close() stops, in that order. */
    private final StartedPieces started;

    private volatile DemoCredentials credentials;
    private volatile PostgresService postgres;
    private volatile MessageBroker broker;
    private volatile PaymentSandbox sandbox;
    private volatile LibertyInstance liberty;
    private volatile Map<String, String> variables = Map.of();
    private volatile int httpPort;
    private volatile int httpsPort;

    private DevStack(Builder builder) {
        this.dataDirectory = builder.dataDirectory.toAbsolutePath();
        this.wlpHome = builder.wlpHome;
        this.ear = builder.ear;
        this.extraVariables = Map.copyOf(builder.extraVariables);
        this.startLiberty = builder.startLiberty;
        this.libertyStartTimeout = builder.libertyStartTimeout;
        this.libertyEcho = builder.libertyEcho;
        this.progress = builder.progress;
        this.started = new StartedPieces(progress);
        this.brokerInOwnProcess = builder.brokerInOwnProcess;
        this.databaseRelay = builder.databaseRelay;
        this.databaseFsync = builder.databaseFsync;
    }

    /** A stack keeping its data in {@code dataDirectory}; nothing starts before {@link Builder#start()}. */
    public static Builder builder(Path dataDirectory) {
        return new Builder(dataDirectory);
    }

    /**
     * Starts every piece in order. If one fails, those already started are stopped and the
     * failure is thrown; so is a {@link #close()} from another thread (a shutdown hook) while
     * starting.
     */
    public DevStack start() throws IOException {
        if (startLiberty && wlpHome == null) {
            throw new IllegalStateException("cannot start Liberty: no Liberty installation (wlpHome) given;"
                    + " build it with ./mvnw -pl liberty -am package");
        }
        try {
            credentials = DemoCredentials.loadOrCreate(dataDirectory);
            postgres = starting("PostgreSQL", () -> PostgresService.start(dataDirectory.resolve("postgres"), databaseFsync));
            progress.accept("PostgreSQL   " + postgres.jdbcUrl());
            broker = starting("Artemis", () -> brokerInOwnProcess
                    ? BrokerProcess.start(dataDirectory.resolve("broker"))
                    : BrokerService.start(dataDirectory.resolve("broker")));
            progress.accept("Artemis      " + broker.amqpUrl());
            sandbox = starting("payment sandbox", () -> PaymentSandbox.start(broker.host(), 0));
            progress.accept("Sandbox      " + sandbox.baseUri());
            httpPort = FreePorts.pick();
            httpsPort = FreePorts.pick();
            if (wlpHome != null) {
                prepareLiberty();
            }
            if (startLiberty) {
                progress.accept("Liberty      starting (first start of a data folder takes longer), log in "
                        + liberty.consoleLogFile());
                startLiberty();
            }
            return this;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void prepareLiberty() throws IOException {
        Path instance = dataDirectory.resolve("liberty");
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ServerVariables.HTTP_HOST, LOOPBACK_NAME);
        values.put(ServerVariables.HTTP_PORT, Integer.toString(httpPort));
        values.put(ServerVariables.HTTPS_PORT, Integer.toString(httpsPort));
        values.put(ServerVariables.DB_HOST, postgres.host());
        values.put(ServerVariables.DB_PORT, Integer.toString(databaseRelay.applyAsInt(postgres.port())));
        values.put(ServerVariables.DB_NAME, postgres.database());
        values.put(ServerVariables.DB_USER, postgres.user());
        values.put(ServerVariables.DB_PASSWORD, postgres.password());
        values.put(ServerVariables.REPORTING_DB_USER, postgres.reportingUser());
        values.put(ServerVariables.REPORTING_DB_PASSWORD, postgres.reportingPassword());
        values.put(ServerVariables.AMQP_HOST, broker.host());
        values.put(ServerVariables.AMQP_PORT, Integer.toString(broker.amqpPort()));
        values.put(ServerVariables.GATEWAY_URL, sandbox.baseUri().toString());
        String keystorePassword = LibertyInstance.keystorePassword(instance);
        values.put(ServerVariables.KEYSTORE_PASSWORD, keystorePassword);
        values.put(ServerVariables.KEYSTORE_LOCATION,
                DevCertificate.ensure(instance.resolve("tls"), keystorePassword, trustStore()).toString());
        values.put(ServerVariables.DEMO_DATA, "true");
        values.put(ServerVariables.LOG_CONSOLE_FORMAT, "simple");
        values.put(ServerVariables.ADMIN_PASSWORD, credentials.adminPassword());
        values.put(ServerVariables.STAFF_PASSWORD, credentials.staffPassword());
        values.put(ServerVariables.STOREFRONT_SECRET, credentials.storefrontSecret());
        PrivacyKeys privacyKeys = PrivacyKeys.loadOrCreate(dataDirectory);
        values.put(ServerVariables.PRIVACY_MASTER_KEYS, privacyKeys.masterKeys());
        values.put(ServerVariables.PRIVACY_SEARCH_KEY, privacyKeys.searchKey());
        extraVariables.forEach((name, value) -> {
            if (values.putIfAbsent(name, value) != null) {
                throw new IllegalArgumentException("extra server variable " + name + " is one the dev stack sets itself");
            }
        });
        variables = Map.copyOf(values);
        LibertyInstance.prepare(wlpHome, instance, values, ear);
        liberty = new LibertyInstance(wlpHome, instance, httpPort).startTimeout(libertyStartTimeout);
        if (libertyEcho != null) {
            liberty.echoTo(libertyEcho, "[liberty] ");
        }
    }

    /**
     * Registered before it starts: a Liberty start takes a while, and a Ctrl-C meanwhile must
     * stop it too (stopping a server that is not running does nothing).
     */
    private void startLiberty() throws IOException {
        started.add(liberty);
        if (started.closing()) {
            throw new IOException("dev stack stopped before Liberty started");
        }
        try {
            liberty.start();
        } catch (IOException | RuntimeException e) {
            throw new IOException("Liberty did not start: " + e.getMessage(), e);
        }
    }

    private interface Start<T extends AutoCloseable> {
        T start() throws IOException;
    }

    private <T extends AutoCloseable> T starting(String name, Start<T> start) throws IOException {
        if (started.closing()) {
            throw new IOException("dev stack stopped while starting, before " + name);
        }
        T piece;
        try {
            piece = start.start();
        } catch (IOException | RuntimeException e) {
            throw new IOException(name + " did not start: " + e.getMessage(), e);
        }
        started.add(piece);
        if (started.closing()) {
            // close() ran while this piece was starting and could not see it yet.
            started.close();
            throw new IOException("dev stack stopped while starting " + name);
        }
        return piece;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public DemoCredentials credentials() {
        return credentials;
    }

    public PostgresService postgres() {
        return postgres;
    }

    /** The broker: a {@link BrokerProcess} if the builder asked for one, else a {@link BrokerService}. */
    public MessageBroker broker() {
        return broker;
    }

    public PaymentSandbox sandbox() {
        return sandbox;
    }

    /** The Liberty instance, prepared (and running if the builder asked for it); empty without a wlpHome. */
    public Optional<LibertyInstance> liberty() {
        return Optional.ofNullable(liberty);
    }

    /** The server.xml variables handed to Liberty (names in {@link ServerVariables}); empty without a wlpHome. */
    public Map<String, String> variables() {
        return variables;
    }

    public int httpPort() {
        return httpPort;
    }

    public int httpsPort() {
        return httpsPort;
    }

    /** {@code http://localhost:<port>}: the server root, where /api/v1, /health, /metrics and /openapi live. */
    public URI httpUrl() {
        return URI.create("http://" + LOOPBACK_NAME + ":" + httpPort);
    }

    /**
     * A trust store (PKCS12, password {@value DevCertificate#TRUST_STORE_PASSWORD}) holding the
     * certificate of this stack's HTTPS port, for clients that verify the server.
     */
    public Path trustStore() {
        return dataDirectory.resolve(DevCertificate.TRUST_STORE_FILE);
    }

    public URI httpsUrl() {
        return URI.create("https://" + LOOPBACK_NAME + ":" + httpsPort);
    }

    /** Stops what was started, newest first; safe to call more than once and from a shutdown hook. */
    @Override
    public void close() {
        started.close();
    }

    /** How to start a {@link DevStack}. */
    public static final class Builder {

        private final Path dataDirectory;
        private Path wlpHome;
        private Path ear;
        private final Map<String, String> extraVariables = new LinkedHashMap<>();
        private boolean startLiberty = true;
        private Duration libertyStartTimeout = LibertyInstance.DEFAULT_START_TIMEOUT;
        private PrintStream libertyEcho;
        private Consumer<String> progress = line -> { };
        private boolean brokerInOwnProcess;
        private IntUnaryOperator databaseRelay = IntUnaryOperator.identity();
        private boolean databaseFsync;

        private Builder(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
        }

        /** The Liberty installation holding the built server {@value LibertyInstance#SERVER_NAME}. */
        public Builder wlpHome(Path wlpHome) {
            this.wlpHome = wlpHome;
            return this;
        }

        /** The application to drop in; without it Liberty starts empty (Arquillian deploys). */
        public Builder ear(Path ear) {
            this.ear = ear;
            return this;
        }

        /**
         * More server.xml variables for Liberty, which are MicroProfile Config properties for the
         * application too: e.g. shorter timeouts and job intervals for tests
         * ({@code ordo.payments.reconcile-interval-ms}). A variable the stack sets itself (the
         * names in {@link ServerVariables}) cannot be replaced: starting fails.
         */
        public Builder extraVariables(Map<String, String> variables) {
            this.extraVariables.putAll(variables);
            return this;
        }

        /** {@code false}: prepare the Liberty instance (variables, user directory) but leave it stopped. */
        public Builder startLiberty(boolean startLiberty) {
            this.startLiberty = startLiberty;
            return this;
        }

        public Builder libertyStartTimeout(Duration timeout) {
            this.libertyStartTimeout = timeout;
            return this;
        }

        /** Echo Liberty's console output, each line prefixed with {@code [liberty]}. */
        public Builder echoLibertyTo(PrintStream out) {
            this.libertyEcho = out;
            return this;
        }

        /**
         * Runs the broker in a JVM of its own ({@link BrokerProcess}) rather than in this one, so
         * that it can be killed with SIGKILL (fault tests). Starting takes a few seconds longer.
         */
        public Builder brokerInOwnProcess(boolean ownProcess) {
            this.brokerInOwnProcess = ownProcess;
            return this;
        }

        /**
         * Has Liberty reach PostgreSQL through a relay, e.g. a TCP proxy a fault test can pause:
         * called once PostgreSQL is up with its port, it returns the port Liberty is to connect
         * to (on the same host). The caller owns the relay and stops it after the stack.
         */
        public Builder databaseRelay(IntUnaryOperator relayPortFor) {
            this.databaseRelay = relayPortFor;
            return this;
        }

        /**
         * {@code true}: PostgreSQL flushes its WAL to disk at every commit ({@code fsync=on}), as in
         * production; the embedded default is off ({@link PostgresService#start(Path, boolean)}).
         */
        public Builder databaseFsync(boolean fsync) {
            this.databaseFsync = fsync;
            return this;
        }

        /** Receives one line per piece started, for a human watching. */
        public Builder progress(Consumer<String> progress) {
            this.progress = progress;
            return this;
        }

        /** Not started yet: lets a shutdown hook hold the stack (and {@link #close()} it) while it starts. */
        public DevStack build() {
            return new DevStack(this);
        }

        public DevStack start() throws IOException {
            return build().start();
        }
    }
}
