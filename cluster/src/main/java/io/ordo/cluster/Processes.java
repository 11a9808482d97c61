package io.ordo.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the host's programs. PostgreSQL refuses to run as root, so when this JVM is root the
 * PostgreSQL programs run as the operating system user {@value #POSTGRES_OS_USER} (which Debian's
 * package creates) through {@code runuser}, and their folders are handed to that user.
 */
final class Processes {

    static final String POSTGRES_OS_USER = "postgres";

    private Processes() {
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The command, run as {@value #POSTGRES_OS_USER} when this JVM is root. */
    static List<String> asPostgresUser(List<String> command) {
        if (!runningAsRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", POSTGRES_OS_USER, "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Gives the folder (and all below) to {@value #POSTGRES_OS_USER} when this JVM is root. */
    static void handToPostgresUser(Path folder) throws IOException {
        if (runningAsRoot()) {
            run(List.of("chown", "-R", POSTGRES_OS_USER + ":" + POSTGRES_OS_USER, folder.toString()), Duration.ofSeconds(30), null);
        }
    }

    /**
     * Runs a command to its end, its output appended to {@code log} (or kept for the error message).
     *
     * @throws IOException if it fails or takes longer than {@code timeout} (it is killed then)
     */
    static void run(List<String> command, Duration timeout, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Path output = log != null ? log : Files.createTempFile("ordo-cluster-", ".log");
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s" + tail(output));
            }
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed with exit code " + process.exitValue() + tail(output));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        } finally {
            if (log == null) {
                Files.deleteIfExists(output);
            }
        }
    }

    private static String tail(Path output) {
        try {
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            return "\n  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }
}
