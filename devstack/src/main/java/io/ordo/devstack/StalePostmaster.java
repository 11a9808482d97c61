package io.ordo.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A PostgreSQL left running by a dev stack that was killed (kill -9, a crashed IDE) keeps its
 * cluster busy: pg_ctl then refuses to start it. The data folder is locked by whoever owns it,
 * so a postmaster still serving our cluster is an orphan and is stopped here (fast shutdown:
 * SIGINT, as {@code pg_ctl stop -m fast} does).
 */
final class StalePostmaster {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private StalePostmaster() {
    }

    static void stopIfRunning(Path cluster) throws IOException {
        Optional<ProcessHandle> postmaster = find(cluster);
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        System.err.println("[devstack] stopping a PostgreSQL left running on " + cluster + " (pid " + process.pid() + ")");
        try {
            if (OperatingSystem.isWindows()) {
                process.destroy();
            } else {
                new ProcessBuilder(List.of("kill", "-INT", Long.toString(process.pid()))).inheritIO().start().waitFor();
            }
            CompletableFuture<ProcessHandle> exited = process.onExit();
            exited.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the stale PostgreSQL " + process.pid(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("a PostgreSQL (pid " + process.pid() + ") still serves " + cluster
                    + " and did not stop; stop it by hand", e);
        }
    }

    /** postmaster.pid's first line is the postmaster's pid; a live process of that pid is it. */
    static Optional<ProcessHandle> find(Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command()
                        .map(command -> command.endsWith("postgres") || command.endsWith("postgres.exe"))
                        .orElse(false));
    }
}
