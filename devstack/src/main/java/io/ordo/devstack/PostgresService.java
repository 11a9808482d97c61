package io.ordo.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * An embedded PostgreSQL (zonky's binaries) whose cluster lives in a data folder and survives
 * restarts. On start it makes sure the login role {@value #USER} (with a generated password kept
 * in {@value #ROLE_FILE}) and the database {@value #DATABASE} owned by it exist, and the read-only
 * login role {@value #REPORTING_USER} that reports read through, as they would from a replica.
 *
 * <p>Layout of the data folder: {@code cluster/} (PGDATA), {@value #ROLE_FILE} and
 * {@code postgresql.log}.
 */
public final class PostgresService implements AutoCloseable {

    public static final String DATABASE = "ordo";
    public static final String USER = "ordo";
    /** Read-only; the server lets it read the reporting schema and nothing else. */
    public static final String REPORTING_USER = "ordo_reporting";
    /** The cluster's superuser, made by initdb; trusted without a password on loopback ({@link HostBasedAuthentication}). */
    public static final String SUPERUSER = "postgres";
    static final String ROLE_FILE = "ordo-role.properties";

    private static final String HOST = "localhost";
    private static final String PASSWORD_KEY = "password";
    private static final String REPORTING_PASSWORD_KEY = "reporting.password";

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Path dataDirectory;
    private final String password;
    private final String reportingPassword;
    private final int port;
    private final boolean fsync;
    /** The running cluster; null after {@link #crash()} until {@link #startAgain()}. */
    private EmbeddedPostgres postgres;

    private PostgresService(EmbeddedPostgres postgres, Path dataDirectory, Map<String, String> passwords, boolean fsync) {
        this.postgres = postgres;
        this.fsync = fsync;
        this.dataDirectory = dataDirectory;
        this.password = passwords.get(PASSWORD_KEY);
        this.reportingPassword = passwords.get(REPORTING_PASSWORD_KEY);
        this.port = postgres.getPort();
    }

    /**
     * Starts PostgreSQL on a free port with its cluster in {@code dataDirectory/cluster}, creating
     * the cluster on the first start and reusing it afterwards.
     */
    public static PostgresService start(Path dataDirectory) throws IOException {
        return start(dataDirectory, false);
    }

    /**
     * As {@link #start(Path)}; with {@code fsync} the server flushes its WAL to disk at every
     * commit, as production settings do. zonky starts the postmaster with {@code -F} (fsync off):
     * fast, and safe against a crash of PostgreSQL, but not of the machine. Benchmarks use this to
     * measure both.
     */
    public static PostgresService start(Path dataDirectory, boolean fsync) throws IOException {
        Path directory = dataDirectory.toAbsolutePath();
        Files.createDirectories(directory);
        Map<String, String> passwords = SecretsFile.loadOrGenerate(directory.resolve(ROLE_FILE),
                "Passwords of the PostgreSQL roles '" + USER + "' and '" + REPORTING_USER + "' of this dev stack cluster.",
                List.of(PASSWORD_KEY, REPORTING_PASSWORD_KEY));
        EmbeddedPostgres postgres = startCluster(directory, 0, fsync);
        try {
            ensureRolesAndDatabase(postgres.getPostgresDatabase(), passwords);
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw new IOException("PostgreSQL started but the roles or the database '" + DATABASE + "' could not be set up", e);
        }
        return new PostgresService(postgres, directory, passwords, fsync);
    }

    /** Starts the cluster of {@code directory/cluster}, on {@code port} or (0) a free one. */
    private static EmbeddedPostgres startCluster(Path directory, int port, boolean fsync) throws IOException {
        Path cluster = directory.resolve("cluster");
        StalePostmaster.stopIfRunning(cluster);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (port != 0) {
            builder.setPort(port);
        }
        return builder
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false)
                // DevStack and the test suites close it in order; a hook of its own would stop
                // the database under a Liberty that is still shutting down.
                .setRegisterShutdownHook(false)
                .setServerConfig("timezone", "UTC")
                // zonky turns synchronous_commit off for speed: a commit then returns before its
                // WAL is written, and a crash of PostgreSQL (kill -9; the fault tests do it) loses
                // transactions whose commit was already acknowledged - orders the storefront was
                // told 201 about. On, a commit's WAL is at least in the kernel before it returns.
                .setServerConfig("synchronous_commit", "on")
                // Given as -c after zonky's -F, so it wins over it.
                .setServerConfig("fsync", fsync ? "on" : "off")
                .setServerConfig("listen_addresses", "localhost")
                .setDataDirectoryCustomizer(clusterDirectory -> HostBasedAuthentication.write(clusterDirectory.toPath()))
                // The server's chatter goes to a file, not into the dev stack's console.
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(directory.resolve("postgresql.log").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(directory.resolve("postgresql.log").toFile()))
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
    }

    /**
     * Crashes the database as a power cut or {@code kill -9} would: SIGKILL to the postmaster and
     * every backend at once, so no checkpoint is written, no transaction finishes and no client
     * is told goodbye (its connections are reset). The cluster runs crash recovery from its WAL
     * on {@link #startAgain()}. Returns once every process is gone. Does nothing if it is down.
     */
    public synchronized void crash() throws IOException {
        if (postgres == null) {
            return;
        }
        ProcessHandle postmaster = StalePostmaster.find(dataDirectory.resolve("cluster"))
                .orElseThrow(() -> new IOException("no running postmaster for " + dataDirectory));
        // Collected first: once the postmaster is gone its backends are no longer its descendants.
        List<ProcessHandle> processes = new ArrayList<>(postmaster.descendants().toList());
        processes.add(0, postmaster);
        processes.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the killed PostgreSQL to exit", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("PostgreSQL process " + process.pid() + " outlived SIGKILL", e);
            }
        }
        // Releases the cluster's lock; its pg_ctl stop finds no server and only logs so.
        postgres.close();
        postgres = null;
    }

    /**
     * Starts a {@linkplain #crash() crashed} cluster again on the same port and data, as a
     * supervisor would after a crash; PostgreSQL recovers from its WAL before it accepts
     * connections.
     */
    public synchronized void startAgain() throws IOException {
        if (postgres != null) {
            throw new IllegalStateException(this + " is already running");
        }
        postgres = startCluster(dataDirectory, port, fsync);
    }

    public synchronized boolean isRunning() {
        return postgres != null;
    }

    /**
     * Idempotent: creates what is missing and resets the roles' passwords to the stored ones, so a
     * lost {@value #ROLE_FILE} heals itself instead of locking the application out.
     */
    private static void ensureRolesAndDatabase(DataSource superuser, Map<String, String> passwords) throws SQLException {
        try (Connection connection = superuser.getConnection(); Statement statement = connection.createStatement()) {
            ensureLoginRole(connection, statement, USER, passwords.get(PASSWORD_KEY));
            ensureLoginRole(connection, statement, REPORTING_USER, passwords.get(REPORTING_PASSWORD_KEY));
            statement.execute("alter role " + REPORTING_USER + " set default_transaction_read_only = on");
            // create database cannot run in a transaction block, so no "do $$ ... $$" here.
            if (!exists(connection, "select 1 from pg_database where datname = ?", DATABASE)) {
                statement.execute("create database " + DATABASE + " owner " + USER + " encoding 'UTF8'");
            }
        }
    }

    private static void ensureLoginRole(Connection connection, Statement statement, String role, String password)
            throws SQLException {
        String quotedPassword = "'" + password.replace("'", "''") + "'";
        String verb = exists(connection, "select 1 from pg_roles where rolname = ?", role) ? "alter" : "create";
        statement.execute(verb + " role " + role + " with login password " + quotedPassword);
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    public String database() {
        return DATABASE;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    public String reportingUser() {
        return REPORTING_USER;
    }

    public String reportingPassword() {
        return reportingPassword;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + port() + "/" + DATABASE;
    }

    /** A connection source logged in as {@value #USER}, for tests and tools. */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {HOST});
        dataSource.setPortNumbers(new int[] {port()});
        dataSource.setDatabaseName(DATABASE);
        dataSource.setUser(USER);
        dataSource.setPassword(password);
        return dataSource;
    }

    /**
     * A connection source logged in as the cluster's superuser {@code postgres}, trusted without
     * a password from the loopback interface only: for tests that check what the application
     * stored, or play an operator acting behind its back. The application never uses it.
     */
    public DataSource superuserDataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {HOST});
        dataSource.setPortNumbers(new int[] {port()});
        dataSource.setDatabaseName(DATABASE);
        dataSource.setUser(SUPERUSER);
        return dataSource;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public synchronized void close() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
            postgres = null;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL " + jdbcUrl() + " (" + dataDirectory + ")";
    }

    /**
     * pg_hba.conf, rewritten on every start. zonky's initdb trusts everyone; here only the
     * superuser is trusted (zonky checks readiness as {@code postgres} without a password) and
     * every other role must present its password, as in production, so a wrong
     * {@code ordo.db.password} fails in development too.
     */
    static final class HostBasedAuthentication {

        private HostBasedAuthentication() {
        }

        static void write(Path cluster) {
            String rules = String.join("\n",
                    "# Written by the Ordo dev stack on every start; edits are lost.",
                    "local   all   postgres                trust",
                    "host    all   postgres  127.0.0.1/32  trust",
                    "host    all   postgres  ::1/128       trust",
                    "host    all   all       127.0.0.1/32  scram-sha-256",
                    "host    all   all       ::1/128       scram-sha-256",
                    "");
            try {
                Files.writeString(cluster.resolve("pg_hba.conf"), rules, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write pg_hba.conf in " + cluster, e);
            }
        }
    }
}
