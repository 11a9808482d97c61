package io.ordo.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives one endpoint with Debian's wrk, either closed (as fast as it answers: the endpoint's
 * maximum throughput) or open at a fixed arrival rate with latencies counted from each request's
 * intended send time. The Lua scripts are assembled from this package's {@code load-*.lua}.
 */
final class WrkLoad {

    /** The kind of requests sent; each names the Lua script that makes them. */
    enum Requests {
        GET("load-get.lua"), GET_ORDERS("load-get-orders.lua"), POST_ORDERS("load-post-orders.lua"),
        /** A storefront's visits: products, an order, then its status until it is through (built on POST_ORDERS). */
        STOREFRONT("load-post-orders.lua", "load-storefront.lua");

        private final List<String> scripts;

        Requests(String... scripts) {
            this.scripts = List.of(scripts);
        }
    }

    /** An endpoint to load: where, with what requests, and the options of their script. */
    record Target(String name, URI uri, Requests requests, Map<String, String> options) {
    }

    private static final Pattern PACED = Pattern.compile("PACED requests=(\\d+) seconds=([\\d.]+)");
    private static final Pattern RESULT = Pattern.compile(
            "RESULT requests=(\\d+) errors=(\\d+) seconds=([\\d.]+) p50=([\\d.]+) p95=([\\d.]+) p99=([\\d.]+)");

    private final Path workDirectory;

    WrkLoad(Path workDirectory) throws IOException {
        this.workDirectory = Files.createDirectories(workDirectory);
    }

    /** Closed model: {@code connections} connections on one thread for {@code seconds}. */
    Wrk.Result closed(Target target, String token, int connections, int seconds) throws IOException {
        Path script = script(target.requests(), "load-closed.lua");
        List<String> command = new ArrayList<>(List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s",
                "--timeout", "10s", "-s", script.toString()));
        String output = run(command, target, token, Map.of(), seconds);
        Matcher result = RESULT.matcher(output);
        if (!result.find()) {
            throw new IOException("wrk gave no result for " + target.uri() + ":\n" + output);
        }
        return new Wrk.Result(Long.parseLong(result.group(1)), Long.parseLong(result.group(2)),
                Double.parseDouble(result.group(3)), Double.parseDouble(result.group(4)),
                Double.parseDouble(result.group(5)), Double.parseDouble(result.group(6)));
    }

    /**
     * Open model: {@code rate} requests per second over {@code connections} connections (one wrk
     * thread each) for {@code warmUpSeconds + seconds}; only requests intended after the warm-up
     * are counted.
     */
    LatencySamples paced(Target target, String token, int connections, double rate, int warmUpSeconds, int seconds)
            throws IOException {
        return LatencySamples.parse(pacedSamples(target, token, connections, rate, warmUpSeconds, seconds), seconds);
    }

    /** As {@link #paced}, for requests of several kinds (e.g. {@link Requests#STOREFRONT}): the samples of each kind. */
    Map<String, LatencySamples> pacedByKind(Target target, String token, int connections, double rate, int warmUpSeconds,
                                            int seconds) throws IOException {
        return LatencySamples.parseByKind(pacedSamples(target, token, connections, rate, warmUpSeconds, seconds), seconds);
    }

    private List<String> pacedSamples(Target target, String token, int connections, double rate, int warmUpSeconds,
                                      int seconds) throws IOException {
        Path script = script(target.requests(), "load-paced.lua");
        Path samples = Files.createTempFile(workDirectory, "latencies-", ".txt");
        int total = warmUpSeconds + seconds;
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + connections, "-c" + connections,
                "-d" + total + "s", "--timeout", "10s", "-s", script.toString()));
        String output = run(command, target, token, Map.of("rate", Double.toString(rate),
                "connections", Integer.toString(connections), "warmup", Integer.toString(warmUpSeconds),
                "out", samples.toString()), total);
        Matcher paced = PACED.matcher(output);
        if (!paced.find()) {
            throw new IOException("wrk gave no result for " + target.uri() + ":\n" + output);
        }
        return Files.readAllLines(samples);
    }

    private String run(List<String> command, Target target, String token, Map<String, String> modeOptions, int seconds)
            throws IOException {
        if (token != null) {
            command.addAll(List.of("-H", "Authorization: Bearer " + token));
        }
        command.add(target.uri().toString());
        command.add("--");
        // Unique per run of wrk: scripts that make keys (Idempotency-Key) start counting afresh each time.
        command.add("run=" + UUID.randomUUID());
        target.options().forEach((name, value) -> command.add(name + "=" + value));
        modeOptions.forEach((name, value) -> command.add(name + "=" + value));
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!wrk.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
                wrk.destroyForcibly();
                throw new IOException("wrk did not finish for " + target.uri() + ":\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (wrk.exitValue() != 0) {
            throw new IOException("wrk failed for " + target.uri() + " (exit " + wrk.exitValue() + "):\n" + output);
        }
        return output;
    }

    private Path script(Requests requests, String mode) throws IOException {
        Path script = workDirectory.resolve(requests.name().toLowerCase(java.util.Locale.ROOT) + "-" + mode);
        {
            StringBuilder lua = new StringBuilder();
            List<String> parts = new ArrayList<>(List.of("load-common.lua"));
            parts.addAll(requests.scripts);
            parts.add(mode);
            for (String part : parts) {
                try (InputStream source = WrkLoad.class.getResourceAsStream(part)) {
                    if (source == null) {
                        throw new IOException("missing script " + part);
                    }
                    lua.append(new String(source.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
            Files.writeString(script, lua);
        }
        return script;
    }
}
