package io.ordo.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs PostgreSQL's pgbench (Debian package {@code postgresql-15}, or {@code postgresql}) with a
 * custom script against the dev stack's database, as its superuser over loopback.
 */
final class Pgbench {

    /** What one run measured: transactions per second (without connection set-up) and failures. */
    record Result(double tps, long transactions, long failed) {
    }

    private static final Pattern TPS = Pattern.compile("^tps = ([\\d.]+) \\(without initial connection time\\)", Pattern.MULTILINE);
    private static final Pattern PROCESSED = Pattern.compile("^number of transactions actually processed: (\\d+)", Pattern.MULTILINE);
    private static final Pattern FAILED = Pattern.compile("^number of failed transactions: (\\d+)", Pattern.MULTILINE);

    private final String executable;
    private final String host;
    private final int port;
    private final String user;
    private final String database;

    Pgbench(String executable, String host, int port, String user, String database) {
        this.executable = executable;
        this.host = host;
        this.port = port;
        this.user = user;
        this.database = database;
    }

    /** pgbench on the PATH, or under /usr/lib/postgresql/N/bin; fails naming the package otherwise. */
    static String locate() throws IOException {
        List<String> candidates = new ArrayList<>(List.of("pgbench"));
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (var versions = Files.list(debian)) {
                versions.map(version -> version.resolve("bin/pgbench")).filter(Files::isExecutable)
                        .sorted(java.util.Comparator.reverseOrder()).map(Path::toString).forEach(candidates::add);
            }
        }
        for (String candidate : candidates) {
            try {
                Process probe = new ProcessBuilder(candidate, "--version").redirectErrorStream(true).start();
                String version = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0 && version.contains("pgbench")) {
                    return candidate;
                }
            } catch (IOException notThere) {
                // try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        throw new IOException("pgbench is not installed: apt-get install postgresql-15 (Debian 12; the package"
                + " 'postgresql' pulls it in) or your distribution's PostgreSQL server package");
    }

    Result run(Path script, int clients, int seconds, Map<String, String> variables) throws IOException {
        List<String> command = new ArrayList<>(List.of(executable, "-n", "-h", host, "-p", Integer.toString(port),
                "-U", user, "-c", Integer.toString(clients), "-j", Integer.toString(Math.min(clients, 2)),
                "-T", Integer.toString(seconds), "-M", "prepared", "-f", script.toString()));
        variables.forEach((name, value) -> command.addAll(List.of("-D", name + "=" + value)));
        command.add(database);
        Process pgbench = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!pgbench.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
                pgbench.destroyForcibly();
                throw new IOException("pgbench did not finish:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (pgbench.exitValue() != 0) {
            throw new IOException("pgbench failed (exit " + pgbench.exitValue() + "):\n" + output);
        }
        return parse(output);
    }

    static Result parse(String output) throws IOException {
        Matcher tps = TPS.matcher(output);
        Matcher processed = PROCESSED.matcher(output);
        if (!tps.find() || !processed.find()) {
            throw new IOException("pgbench gave no result:\n" + output);
        }
        Matcher failed = FAILED.matcher(output);
        return new Result(Double.parseDouble(tps.group(1)), Long.parseLong(processed.group(1)),
                failed.find() ? Long.parseLong(failed.group(1)) : 0);
    }
}
