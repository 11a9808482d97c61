package io.ordo.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One PostgreSQL server of the local cluster, run with the host's (Debian's) programs: the
 * primary, created by {@code initdb} and kept across runs, or a hot-standby replica cloned from
 * the primary by {@code pg_basebackup} and streaming its WAL. Settings are given on the command
 * line at each start (port, socket folder, replication), so a data folder moves freely between
 * runs on other ports.
 *
 * <p>Folder: {@code pgdata/}, {@code postgresql.log} (the server's) and {@code commands.log}
 * (what initdb, pg_basebackup and pg_ctl said).
 */
final class PostgresNode implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    /** initdb's superuser; trusted from the loopback interface only, for replication and checks. */
    static final String SUPERUSER = "postgres";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final DebianTools tools;
    private final String name;
    private final Path folder;
    private final int port;
    private boolean running;

    private PostgresNode(DebianTools tools, String name, Path folder, int port) {
        this.tools = tools;
        this.name = name;
        this.folder = folder.toAbsolutePath();
        this.port = port;
    }

    /** Starts the primary in {@code folder}, creating its cluster on the first run. */
    static PostgresNode startPrimary(DebianTools tools, Path folder) throws IOException {
        PostgresNode node = new PostgresNode(tools, "primary", folder, Ports.free());
        node.prepareFolder();
        if (!Files.isRegularFile(node.pgdata().resolve("PG_VERSION"))) {
            node.pg(List.of(tools.postgres("initdb").toString(), "-D", node.pgdata().toString(), "-U", SUPERUSER,
                    "--auth=trust", "--encoding=UTF8", "--no-locale"), Duration.ofSeconds(120));
        }
        node.writeHostBasedAuthentication();
        node.start(List.of());
        return node;
    }

    /**
     * Clones the primary afresh into {@code folder} (a replica left from an earlier run is thrown
     * away: it would have to catch up anyway) and starts it as a hot standby streaming from it.
     */
    static PostgresNode startReplica(DebianTools tools, Path folder, PostgresNode primary) throws IOException {
        PostgresNode node = new PostgresNode(tools, "replica", folder, Ports.free());
        node.prepareFolder();
        node.stopLeftover();
        Processes.run(List.of("rm", "-rf", node.pgdata().toString()), Duration.ofSeconds(60), null);
        node.pg(List.of(tools.postgres("pg_basebackup").toString(), "-h", HOST, "-p", Integer.toString(primary.port),
                "-U", SUPERUSER, "-D", node.pgdata().toString(), "--write-recovery-conf", "--wal-method=stream",
                "--checkpoint=fast"), Duration.ofSeconds(180));
        node.start(List.of("-c", "primary_conninfo='host=" + HOST + " port=" + primary.port + " user=" + SUPERUSER
                + " application_name=ordo_replica'"));
        return node;
    }

    private void prepareFolder() throws IOException {
        Files.createDirectories(folder);
        Processes.handToPostgresUser(folder);
    }

    private Path pgdata() {
        return folder.resolve("pgdata");
    }

    private Path log() {
        return folder.resolve("postgresql.log");
    }

    /**
     * Rewritten at every start: the superuser is trusted from the loopback interface (for
     * replication and the test's checks), every other role must give its password.
     */
    private void writeHostBasedAuthentication() throws IOException {
        String rules = String.join("\n",
                "# Written by the Ordo local cluster at every start; edits are lost.",
                "local   all          postgres                trust",
                "host    all          postgres  127.0.0.1/32  trust",
                "host    replication  postgres  127.0.0.1/32  trust",
                "host    all          all       127.0.0.1/32  scram-sha-256",
                "");
        Path file = pgdata().resolve("pg_hba.conf");
        Files.writeString(file, rules, StandardCharsets.UTF_8);
        Processes.handToPostgresUser(file);
    }

    private void start(List<String> extraSettings) throws IOException {
        stopLeftover();
        List<String> options = new ArrayList<>(List.of(
                "-c", "port=" + port,
                "-c", "listen_addresses=" + HOST,
                "-c", "unix_socket_directories=" + folder,
                "-c", "timezone=UTC",
                // 3 servers x (40 + 10 pooled connections) and the tools
                "-c", "max_connections=300",
                "-c", "wal_level=replica",
                "-c", "max_wal_senders=10",
                "-c", "hot_standby=on",
                "-c", "hot_standby_feedback=on",
                "-c", "wal_keep_size=256MB"));
        options.addAll(extraSettings);
        pg(List.of(tools.postgres("pg_ctl").toString(), "-D", pgdata().toString(), "-l", log().toString(),
                "-w", "-t", Long.toString(START_TIMEOUT.toSeconds()), "-o", String.join(" ", options), "start"),
                START_TIMEOUT.plusSeconds(10));
        running = true;
    }

    /** A server of an earlier run that was not stopped (its JVM killed): stopped before this one starts. */
    private void stopLeftover() throws IOException {
        if (Files.exists(pgdata().resolve("postmaster.pid"))) {
            try {
                pg(List.of(tools.postgres("pg_ctl").toString(), "-D", pgdata().toString(), "-m", "immediate", "-w", "stop"),
                        Duration.ofSeconds(60));
            } catch (IOException notRunning) {
                // a stale pid file: postgres removes it on the next start
            }
        }
    }

    private void pg(List<String> command, Duration timeout) throws IOException {
        // The programs' own output; the server's log (-l) is written by the server itself.
        Processes.run(Processes.asPostgresUser(command), timeout, folder.resolve("commands.log"));
    }

    String name() {
        return name;
    }

    String host() {
        return HOST;
    }

    int port() {
        return port;
    }

    /** Logged in as {@code user} to {@code database}. */
    DataSource dataSource(String database, String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {HOST});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(database);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        dataSource.setConnectTimeout(5);
        return dataSource;
    }

    /** As the superuser, trusted from loopback: for setting up roles and for checks, never for the application. */
    DataSource superuser(String database) {
        return dataSource(database, SUPERUSER, null);
    }

    void execute(String database, String... statements) throws SQLException {
        try (Connection connection = superuser(database).getConnection(); var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Stops the server (fast shutdown: sessions cut, nothing lost). Does nothing when it is not running. */
    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        try {
            pg(List.of(tools.postgres("pg_ctl").toString(), "-D", pgdata().toString(), "-m", "fast", "-w", "-t", "60", "stop"),
                    Duration.ofSeconds(70));
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL " + name + " did not stop: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL " + name + " " + HOST + ":" + port + " (" + folder + ")";
    }
}
