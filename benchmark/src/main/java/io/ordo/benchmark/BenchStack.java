package io.ordo.benchmark;

import io.ordo.devstack.BrokerService;
import io.ordo.devstack.DevStack;
import io.ordo.devstack.LibertyInstance;
import io.ordo.devstack.PostgresService;
import io.ordo.devstack.RunFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The whole dev stack as the benchmarks run it: embedded PostgreSQL (with fsync as asked), the
 * embedded broker and the payment sandbox in this JVM, and Liberty with Ordo and the ceiling
 * application; plus what every benchmark measures it with (wrk, pgbench, the CPU sampler) and
 * the description of the run for its report.
 */
final class BenchStack implements AutoCloseable {

    static final Duration LIBERTY_START_AT_MOST = Duration.ofMinutes(10);

    /** How to run, from the system properties the Maven profiles set. */
    record Settings(Path out, Path data, Path wlpHome, Path ear, Path classes, boolean jfr, boolean fsync) {

        static Settings fromSystemProperties() {
            return new Settings(Path.of(System.getProperty("ordo.bench.out", "benchmark")).toAbsolutePath(),
                    Path.of(System.getProperty("ordo.bench.data", "bench-stack")),
                    Path.of(System.getProperty("ordo.wlp.home")), Path.of(System.getProperty("ordo.ear")),
                    Path.of(System.getProperty("ordo.bench.classes", "target/classes")),
                    Boolean.parseBoolean(System.getProperty("ordo.bench.jfr", "false")),
                    fsync(System.getProperty("ordo.bench.fsync", "off")));
        }

        static boolean fsync(String setting) {
            return switch (setting.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "on", "true" -> true;
                case "off", "false", "" -> false;
                default -> throw new IllegalArgumentException("ordo.bench.fsync must be on or off, not '" + setting + "'");
            };
        }
    }

    private final Settings settings;
    private final DevStack stack;
    private final LibertyInstance liberty;
    private final ProcessSampler sampler;
    private final OrdoAdmin admin;
    private final WrkLoad wrk;
    private final String pgbenchExecutable;
    private final String durability;

    private BenchStack(Settings settings, DevStack stack, LibertyInstance liberty, ProcessSampler sampler,
                       String pgbenchExecutable) throws IOException {
        this.settings = settings;
        this.stack = stack;
        this.liberty = liberty;
        this.sampler = sampler;
        this.admin = new OrdoAdmin(stack.httpUrl(), stack.credentials());
        this.wrk = new WrkLoad(settings.out().resolve("work"));
        this.pgbenchExecutable = pgbenchExecutable;
        this.durability = durability();
    }

    /**
     * Checks that wrk and pgbench are there, starts the stack on free ports under a fresh run
     * folder, deploys the ceiling application and starts Liberty. Ctrl-C stops it all.
     */
    static BenchStack start(Settings settings) throws Exception {
        Wrk.requireInstalled();
        String pgbenchExecutable = Pgbench.locate();
        Files.createDirectories(settings.out());
        Path data = RunFolders.forThisRun(settings.data());
        DevStack stack = DevStack.builder(data)
                .wlpHome(settings.wlpHome())
                .ear(settings.ear())
                .startLiberty(false)
                // A benchmark has no reason to give up early on a machine that is slow to start the server.
                .libertyStartTimeout(LIBERTY_START_AT_MOST)
                .databaseFsync(settings.fsync())
                .progress(line -> System.out.println("[bench-stack] " + line))
                .start();
        LibertyInstance liberty = stack.liberty().orElseThrow();
        // Ctrl-C stops the server and the stack too (both are safe to close twice).
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            liberty.close();
            stack.close();
        }, "bench-stack-stop"));
        try {
            Path server = liberty.usrDirectory().resolve("servers").resolve(LibertyInstance.SERVER_NAME);
            CeilingWar.writeTo(settings.classes(), server.resolve("dropins"));
            if (settings.jfr()) {
                Path recording = settings.out().resolve("liberty.jfr");
                Files.writeString(server.resolve("jvm.options"), System.lineSeparator()
                        + "-XX:FlightRecorderOptions:stackdepth=1024" + System.lineSeparator()
                        + "-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true"
                        + System.lineSeparator(), StandardOpenOption.APPEND);
                System.out.println("[bench] recording a JFR profile of the server to " + recording);
            }
            System.out.println("[bench-stack] Liberty      starting, log in " + liberty.consoleLogFile());
            liberty.start();
            ProcessSampler sampler = new ProcessSampler(libertyPid(), postmasterPid(stack), ProcessSampler.ticksPerSecond());
            return new BenchStack(settings, stack, liberty, sampler, pgbenchExecutable);
        } catch (Exception e) {
            liberty.close();
            stack.close();
            throw e;
        }
    }

    DevStack stack() {
        return stack;
    }

    OrdoAdmin admin() {
        return admin;
    }

    DataSource database() {
        return stack.postgres().superuserDataSource();
    }

    BrokerService broker() {
        if (!(stack.broker() instanceof BrokerService embeddedBroker)) {
            throw new IllegalStateException("the benchmarks count the events waiting in the embedded broker");
        }
        return embeddedBroker;
    }

    ProcessSampler sampler() {
        return sampler;
    }

    WrkLoad wrk() {
        return wrk;
    }

    Pgbench pgbench() {
        return new Pgbench(pgbenchExecutable, stack.postgres().host(), stack.postgres().port(), PostgresService.SUPERUSER,
                stack.postgres().database());
    }

    Path work() {
        return settings.out().resolve("work");
    }

    /**
     * Where a report goes: {@code out/<name>.<extension>}, with {@code -fsync-on} after the name
     * when the database ran with fsync, so the two runs the performance page compares sit side by side.
     */
    Path report(String name, String extension) {
        return settings.out().resolve(name + (settings.fsync() ? "-fsync-on" : "") + "." + extension);
    }

    /** The machine, the software and the database's durability settings as the server reports them. */
    Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("date", Instant.now().toString());
        environment.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        environment.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        environment.put("postgresql", "embedded (zonky) " + show("server_version"));
        environment.put("durability", durability);
        environment.put("broker", "embedded ActiveMQ Artemis (AMQP 1.0)");
        environment.put("transport", "plain HTTP on loopback (" + stack.httpUrl() + "), keep-alive");
        return environment;
    }

    /**
     * {@code fsync} and {@code synchronous_commit} as the running server has them; fails when
     * fsync is not what was asked, since every figure would then be of the other setting.
     */
    private String durability() throws IOException {
        String fsync = show("fsync");
        if (!fsync.equals(settings.fsync() ? "on" : "off")) {
            throw new IOException("asked for fsync " + (settings.fsync() ? "on" : "off") + " but PostgreSQL runs with fsync "
                    + fsync);
        }
        return "fsync=" + fsync + ", synchronous_commit=" + show("synchronous_commit") + " (as PostgreSQL shows them)";
    }

    private String show(String setting) {
        try (Connection connection = database().getConnection(); Statement statement = connection.createStatement();
             ResultSet value = statement.executeQuery("show " + setting)) {
            value.next();
            return value.getString(1);
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        sampler.close();
        liberty.close();
        stack.close();
    }

    /** The Liberty JVM: a descendant of this process running Liberty's launcher. */
    private static long libertyPid() throws IOException {
        return ProcessHandle.current().descendants()
                .filter(process -> process.info().arguments().map(arguments -> List.of(arguments).stream()
                        .anyMatch(argument -> argument.endsWith("ws-server.jar"))).orElse(false))
                .map(ProcessHandle::pid).findFirst()
                .orElseThrow(() -> new IOException("cannot find the Liberty JVM among this process's descendants"));
    }

    private static long postmasterPid(DevStack stack) throws IOException {
        Path pidFile = stack.postgres().dataDirectory().resolve("cluster").resolve("postmaster.pid");
        return Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
    }
}
