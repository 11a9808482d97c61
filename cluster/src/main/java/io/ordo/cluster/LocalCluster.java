package io.ordo.cluster;

import io.ordo.devstack.BrokerService;
import io.ordo.devstack.DemoCredentials;
import io.ordo.devstack.DevCertificate;
import io.ordo.devstack.LibertyInstance;
import io.ordo.devstack.PostgresService;
import io.ordo.devstack.PrivacyKeys;
import io.ordo.devstack.ServerVariables;
import io.ordo.devstack.StartedPieces;
import io.ordo.sandbox.PaymentSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Several Ordo servers on one machine, for real: a PostgreSQL primary (Debian's PostgreSQL) and a
 * hot-standby replica streaming from it, the dev stack's embedded Artemis broker, the payment
 * sandbox, {@value #DEFAULT_SERVERS} Liberty servers running the built ear — each with its own
 * ports, user and output folders, all with the same database, broker, TLS certificate, demo
 * secrets and personal-data keys — and HAProxy balancing over them. Every server writes to the
 * primary and reads its reports from the replica ({@code ordo.reporting.db.*}).
 *
 * <p>Started in dependency order and closed in reverse; a failure while starting stops what had
 * started. Data folder: {@code primary/}, {@code replica/}, {@code broker/}, {@code liberty-<n>/},
 * {@code haproxy/}, {@code tls/}, the demo credentials, the personal-data keys and the database
 * roles' passwords. The primary's data and the secrets are kept across runs; the replica is
 * cloned afresh at each start.
 *
 * <pre>{@code
 * try (LocalCluster cluster = LocalCluster.builder(data).wlpHome(wlp).ear(ear).start()) { ... }
 * }</pre>
 */
public final class LocalCluster implements AutoCloseable {

    public static final int DEFAULT_SERVERS = 3;
    /** Where the ReportingReadAccess of the server grants read access: the replica serves it. */
    static final String REPORTING_DB_HOST = "ordo.reporting.db.host";
    static final String REPORTING_DB_PORT = "ordo.reporting.db.port";

    private static final String ROLES_FILE = "database-roles.properties";
    private static final String LOOPBACK_NAME = "localhost";

    private final Path data;
    private final Path wlpHome;
    private final Path ear;
    private final int serverCount;
    private final Map<String, String> extraVariables;
    private final Duration libertyStartTimeout;
    private final Consumer<String> progress;

    private final StartedPieces started;

    private DemoCredentials credentials;
    private PostgresNode primary;
    private PostgresNode replica;
    private BrokerService broker;
    private PaymentSandbox sandbox;
    private final List<Server> servers = new ArrayList<>();
    private Haproxy haproxy;
    private Path trustStore;
    private String ordoPassword;
    private String reportingPassword;

    /** One Liberty server of the cluster: its name in HAProxy, its instance, its ports. */
    public record Server(String name, LibertyInstance liberty, int httpPort, int httpsPort) {

        public URI httpUrl() {
            return URI.create("http://" + LOOPBACK_NAME + ":" + httpPort);
        }
    }

    private LocalCluster(Builder builder) {
        this.data = builder.data.toAbsolutePath();
        this.wlpHome = builder.wlpHome;
        this.ear = builder.ear;
        this.serverCount = builder.servers;
        this.extraVariables = Map.copyOf(builder.extraVariables);
        this.libertyStartTimeout = builder.libertyStartTimeout;
        this.progress = builder.progress;
        this.started = new StartedPieces(progress);
    }

    public static Builder builder(Path data) {
        return new Builder(data);
    }

    private LocalCluster start() throws IOException {
        DebianTools tools = DebianTools.find();
        if (wlpHome == null || ear == null) {
            throw new IllegalStateException("no Liberty installation or ear given: build them with ./mvnw -pl liberty -am package");
        }
        try {
            Files.createDirectories(data);
            credentials = DemoCredentials.loadOrCreate(data);
            loadOrCreateRolePasswords();

            primary = starting(() -> PostgresNode.startPrimary(tools, data.resolve("primary")));
            ensureRolesAndDatabase();
            progress.accept("PostgreSQL primary   " + primary.host() + ":" + primary.port());
            replica = starting(() -> PostgresNode.startReplica(tools, data.resolve("replica"), primary));
            progress.accept("PostgreSQL replica   " + replica.host() + ":" + replica.port() + " (hot standby, streaming)");
            broker = starting(() -> BrokerService.start(data.resolve("broker")));
            progress.accept("Artemis              " + broker.amqpUrl());
            sandbox = starting(() -> PaymentSandbox.start(broker.host(), 0));
            progress.accept("Payment sandbox      " + sandbox.baseUri());

            Map<String, String> shared = sharedVariables();
            for (int n = 1; n <= serverCount; n++) {
                servers.add(prepareServer("liberty-" + n, shared));
            }
            // The first server migrates the schema and loads the demo data alone; the others then
            // start side by side.
            startServer(servers.get(0));
            List<CompletableFuture<Void>> others = servers.subList(1, servers.size()).stream()
                    .map(server -> CompletableFuture.runAsync(() -> {
                        try {
                            startServer(server);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })).toList();
            try {
                CompletableFuture.allOf(others.toArray(CompletableFuture[]::new)).join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof UncheckedIOException io ? io.getCause() : new IOException(e.getCause());
            }

            Map<String, Integer> balanced = new LinkedHashMap<>();
            servers.forEach(server -> balanced.put(server.name(), server.httpPort()));
            haproxy = starting(() -> Haproxy.start(tools, data.resolve("haproxy"), balanced));
            awaitAllUp(Duration.ofSeconds(30));
            progress.accept("HAProxy              " + haproxy.url() + " (statistics " + haproxy.statsUrl() + ")");
            return this;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private interface Start<T extends AutoCloseable> {
        T start() throws IOException;
    }

    private <T extends AutoCloseable> T starting(Start<T> start) throws IOException {
        if (started.closing()) {
            throw new IOException("local cluster stopped while starting");
        }
        T piece = start.start();
        started.add(piece);
        return piece;
    }

    private void loadOrCreateRolePasswords() throws IOException {
        Path file = data.resolve(ROLES_FILE);
        Properties roles = new Properties();
        if (Files.exists(file)) {
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                roles.load(in);
            }
        }
        if (!roles.containsKey("ordo.password") || !roles.containsKey("reporting.password")) {
            roles.setProperty("ordo.password", randomSecret());
            roles.setProperty("reporting.password", randomSecret());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                roles.store(out, "Passwords of the PostgreSQL roles of this local cluster (primary and replica).");
            }
        }
        ordoPassword = roles.getProperty("ordo.password");
        reportingPassword = roles.getProperty("reporting.password");
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * On the primary, idempotently: the application's role owning the database, and the
     * read-only reporting role (the servers grant it the reporting schema at start). The replica
     * gets both by replication.
     */
    private void ensureRolesAndDatabase() throws IOException {
        try {
            primary.execute("postgres",
                    role(PostgresService.USER, ordoPassword),
                    role(PostgresService.REPORTING_USER, reportingPassword),
                    "alter role " + PostgresService.REPORTING_USER + " set default_transaction_read_only = on");
            try (var connection = primary.superuser("postgres").getConnection();
                 var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, PostgresService.DATABASE);
                if (!exists.executeQuery().next()) {
                    connection.createStatement().execute("create database " + PostgresService.DATABASE
                            + " owner " + PostgresService.USER + " encoding 'UTF8'");
                }
            }
        } catch (SQLException e) {
            throw new IOException("cannot set up the roles and the database on the primary", e);
        }
    }

    private static String role(String name, String password) {
        String quoted = "'" + password.replace("'", "''") + "'";
        return "do $$ begin"
                + " if exists (select 1 from pg_roles where rolname = '" + name + "') then"
                + " alter role " + name + " with login password " + quoted + ";"
                + " else create role " + name + " with login password " + quoted + "; end if; end $$";
    }

    private Map<String, String> sharedVariables() throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ServerVariables.HTTP_HOST, LOOPBACK_NAME);
        values.put(ServerVariables.DB_HOST, primary.host());
        values.put(ServerVariables.DB_PORT, Integer.toString(primary.port()));
        values.put(ServerVariables.DB_NAME, PostgresService.DATABASE);
        values.put(ServerVariables.DB_USER, PostgresService.USER);
        values.put(ServerVariables.DB_PASSWORD, ordoPassword);
        values.put(REPORTING_DB_HOST, replica.host());
        values.put(REPORTING_DB_PORT, Integer.toString(replica.port()));
        values.put(ServerVariables.REPORTING_DB_USER, PostgresService.REPORTING_USER);
        values.put(ServerVariables.REPORTING_DB_PASSWORD, reportingPassword);
        values.put(ServerVariables.AMQP_HOST, broker.host());
        values.put(ServerVariables.AMQP_PORT, Integer.toString(broker.amqpPort()));
        values.put(ServerVariables.GATEWAY_URL, sandbox.baseUri().toString());
        // One certificate for localhost, the same on every server, and one trust store for clients.
        Path tls = data.resolve("tls");
        String keystorePassword = LibertyInstance.keystorePassword(tls);
        trustStore = data.resolve("truststore.p12");
        values.put(ServerVariables.KEYSTORE_PASSWORD, keystorePassword);
        values.put(ServerVariables.KEYSTORE_LOCATION, DevCertificate.ensure(tls, keystorePassword, trustStore).toString());
        values.put(ServerVariables.DEMO_DATA, "true");
        values.put(ServerVariables.ADMIN_PASSWORD, credentials.adminPassword());
        values.put(ServerVariables.STAFF_PASSWORD, credentials.staffPassword());
        values.put(ServerVariables.STOREFRONT_SECRET, credentials.storefrontSecret());
        PrivacyKeys privacyKeys = PrivacyKeys.loadOrCreate(data);
        values.put(ServerVariables.PRIVACY_MASTER_KEYS, privacyKeys.masterKeys());
        values.put(ServerVariables.PRIVACY_SEARCH_KEY, privacyKeys.searchKey());
        extraVariables.forEach((name, value) -> {
            if (values.putIfAbsent(name, value) != null) {
                throw new IllegalArgumentException("extra server variable " + name + " is one the cluster sets itself");
            }
        });
        return values;
    }

    private Server prepareServer(String name, Map<String, String> shared) throws IOException {
        int httpPort = Ports.free();
        int httpsPort = Ports.free();
        Map<String, String> values = new LinkedHashMap<>(shared);
        values.put(ServerVariables.HTTP_PORT, Integer.toString(httpPort));
        values.put(ServerVariables.HTTPS_PORT, Integer.toString(httpsPort));
        Path instance = data.resolve(name);
        LibertyInstance.prepare(wlpHome, instance, values, ear);
        LibertyInstance liberty = new LibertyInstance(wlpHome, instance, httpPort).startTimeout(libertyStartTimeout);
        return new Server(name, liberty, httpPort, httpsPort);
    }

    private void startServer(Server server) throws IOException {
        started.add(server.liberty());
        if (started.closing()) {
            throw new IOException("local cluster stopped before " + server.name() + " started");
        }
        progress.accept(server.name() + "            starting, log in " + server.liberty().consoleLogFile());
        Instant begin = Instant.now();
        try {
            server.liberty().start();
        } catch (IOException | RuntimeException e) {
            throw new IOException(server.name() + " did not start: " + e.getMessage(), e);
        }
        progress.accept(server.name() + "            ready in " + Duration.between(begin, Instant.now()).toSeconds()
                + " s: " + server.httpUrl() + ", https://" + LOOPBACK_NAME + ":" + server.httpsPort());
    }

    /** The state HAProxy has for each server (UP, DOWN, "UP 1/2", ...), from its statistics. */
    public Map<String, String> balancerStates() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            HttpResponse<String> csv = http.send(HttpRequest.newBuilder(haproxy.statsUrl().resolve("/;csv"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            // CSV columns: pxname, svname, ..., status is the 18th (index 17).
            return Haproxy.parseStats(csv.body()).stream()
                    .collect(Collectors.toMap(row -> row[1], row -> row[17], (a, b) -> a, LinkedHashMap::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitAllUp(Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, String> states = Map.of();
        while (Instant.now().isBefore(deadline)) {
            states = balancerStates();
            if (states.size() == servers.size() && states.values().stream().allMatch("UP"::equals)) {
                return;
            }
            // The pause between two looks also notices HAProxy dying.
            if (haproxy.exitedWithin(Duration.ofMillis(250))) {
                throw new IOException("HAProxy exited; see " + data.resolve("haproxy").resolve("haproxy.log"));
            }
        }
        throw new IOException("HAProxy does not see every server up within " + timeout.toSeconds() + " s: " + states);
    }

    /** The balanced entry point, e.g. {@code http://127.0.0.1:41234}; /api/v1, /health, /metrics behind it. */
    public URI url() {
        return haproxy.url();
    }

    public URI balancerStatsUrl() {
        return haproxy.statsUrl();
    }

    public List<Server> servers() {
        return List.copyOf(servers);
    }

    public DemoCredentials credentials() {
        return credentials;
    }

    public URI sandbox() {
        return sandbox.baseUri();
    }

    public BrokerService broker() {
        return broker;
    }

    /** A trust store (PKCS12, password {@value DevCertificate#TRUST_STORE_PASSWORD}) for the servers' HTTPS ports. */
    public Path trustStore() {
        return trustStore;
    }

    public Path dataDirectory() {
        return data;
    }

    /** The primary as its superuser: for checks and operators only, never for the application. */
    public DataSource primaryAsSuperuser() {
        return primary.superuser(PostgresService.DATABASE);
    }

    /** The replica as its superuser (read-only: it is a hot standby). */
    public DataSource replicaAsSuperuser() {
        return replica.superuser(PostgresService.DATABASE);
    }

    public String primaryAddress() {
        return primary.host() + ":" + primary.port();
    }

    public String replicaAddress() {
        return replica.host() + ":" + replica.port();
    }

    /** Stops what was started, newest first; safe to call more than once and from a shutdown hook. */
    @Override
    public void close() {
        started.close();
    }

    /** How to start a {@link LocalCluster}. */
    public static final class Builder {

        private final Path data;
        private Path wlpHome;
        private Path ear;
        private int servers = DEFAULT_SERVERS;
        private final Map<String, String> extraVariables = new LinkedHashMap<>();
        private Duration libertyStartTimeout = Duration.ofSeconds(300);
        private Consumer<String> progress = line -> { };

        private Builder(Path data) {
            this.data = data;
        }

        /** The Liberty installation the {@code liberty} module assembles ({@code liberty/target/liberty/wlp}). */
        public Builder wlpHome(Path wlpHome) {
            this.wlpHome = wlpHome;
            return this;
        }

        /** The application ({@code backend-ear/ear/target/ordo.ear}). */
        public Builder ear(Path ear) {
            this.ear = ear;
            return this;
        }

        public Builder servers(int servers) {
            if (servers < 1) {
                throw new IllegalArgumentException("a cluster needs at least one server");
            }
            this.servers = servers;
            return this;
        }

        /** More server variables for every server, e.g. shorter job intervals for tests. */
        public Builder extraVariables(Map<String, String> variables) {
            extraVariables.putAll(variables);
            return this;
        }

        public Builder libertyStartTimeout(Duration timeout) {
            this.libertyStartTimeout = timeout;
            return this;
        }

        /** Told one line per piece that started. */
        public Builder progress(Consumer<String> progress) {
            this.progress = progress;
            return this;
        }

        /**
         * Starts every piece in order. If one fails, those already started are stopped and the
         * failure is thrown.
         *
         * @throws IllegalStateException if PostgreSQL's or HAProxy's programs are missing (the
         *                               message names the Debian packages)
         */
        public LocalCluster start() throws IOException {
            return new LocalCluster(this).start();
        }
    }
}
