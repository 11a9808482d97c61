package io.ordo.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (Debian's {@code wrk} package) against one URL and reads its figures. */
final class Wrk {

    /** What one run measured; latencies in milliseconds. */
    record Result(long requests, long errors, double seconds, double p50, double p95, double p99) {

        double throughput() {
            return requests / seconds;
        }
    }

    private static final Pattern RESULT = Pattern.compile(
            "RESULT requests=(\\d+) errors=(\\d+) seconds=([\\d.]+) p50=([\\d.]+) p95=([\\d.]+) p99=([\\d.]+)");

    private final Path script;
    private final int connections;
    private final int seconds;

    Wrk(int connections, int seconds) throws IOException {
        this.connections = connections;
        this.seconds = seconds;
        this.script = Files.createTempFile("ordo-wrk-", ".lua");
        script.toFile().deleteOnExit();
        try (InputStream lua = Wrk.class.getResourceAsStream("percentiles.lua")) {
            Files.write(script, lua.readAllBytes());
        }
    }

    static void requireInstalled() throws IOException {
        try {
            Process probe = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            probe.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IOException("wrk is not installed: apt-get install wrk (Debian) or brew install wrk", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    Result get(URI uri, String bearerToken) throws IOException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s",
                "--timeout", "10s", "-s", script.toString()));
        if (bearerToken != null) {
            command.addAll(List.of("-H", "Authorization: Bearer " + bearerToken));
        }
        command.add(uri.toString());
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            wrk.waitFor(seconds + 60L, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        Matcher result = RESULT.matcher(output);
        if (!result.find()) {
            throw new IOException("wrk gave no result for " + uri + ":\n" + output);
        }
        return new Result(Long.parseLong(result.group(1)), Long.parseLong(result.group(2)),
                Double.parseDouble(result.group(3)), Double.parseDouble(result.group(4)),
                Double.parseDouble(result.group(5)), Double.parseDouble(result.group(6)));
    }
}
