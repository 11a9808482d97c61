package io.ordo.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import io.ordo.devstack.DevStack;
import io.ordo.devstack.RunFolders;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Does report latency grow with the number of orders? Starts the whole stack, writes the event
 * history of N orders (the smallest count asked for), rebuilds the read models from it through
 * the projections, measures every report with wrk; then grows the history to each larger count
 * and does the same. A bare endpoint of the same server is measured at each step too, so a step
 * that ran on a busier machine shows as such. Writes a Markdown report.
 */
public final class ReportScaleBenchmark {

    private static final int WARM_UP_SECONDS = 3;
    private static final int MEASURE_SECONDS = 15;
    private static final int CONNECTIONS = 2;

    private record Step(long orders, long events, double generateSeconds, double rebuildSeconds, long eventsReplayed,
                        Map<String, Wrk.Result> results) {
    }

    private ReportScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long[] counts = Arrays.stream(System.getProperty("ordo.bench.orders", "10000,1000000").split(","))
                .mapToLong(count -> Long.parseLong(count.strip())).sorted().toArray();
        Path report = Path.of(System.getProperty("ordo.bench.report", "report-scale.md"));
        Wrk.requireInstalled();
        Path data = RunFolders.forThisRun(Path.of(System.getProperty("ordo.bench.data", "bench-stack")));
        try (DevStack stack = DevStack.builder(data)
                .wlpHome(Path.of(System.getProperty("ordo.wlp.home")))
                .ear(Path.of(System.getProperty("ordo.ear")))
                .progress(line -> System.out.println("[bench-stack] " + line))
                .start()) {
            OrdoAdmin admin = new OrdoAdmin(stack.httpUrl(), stack.credentials());
            HistoryGenerator generator = new HistoryGenerator(stack.postgres().superuserDataSource());
            Wrk wrk = new Wrk(CONNECTIONS, MEASURE_SECONDS);
            Wrk warmUp = new Wrk(CONNECTIONS, WARM_UP_SECONDS);
            List<Step> steps = new ArrayList<>();
            long generated = 0;
            long events = 0;
            for (long count : counts) {
                Instant started = Instant.now();
                events += generator.append(generated, count, done -> System.out.println("[bench] history of " + done + " orders written"));
                generated = count;
                double generateSeconds = seconds(started);
                Instant rebuildStarted = Instant.now();
                JsonNode rebuild = admin.rebuildAndWait(Duration.ofHours(6));
                double rebuildSeconds = seconds(rebuildStarted);
                System.out.printf(Locale.ROOT, "[bench] %d orders (%d events): rebuilt in %.0f s%n", count, events, rebuildSeconds);
                Map<String, Wrk.Result> results = measure(admin, wrk, warmUp);
                steps.add(new Step(count, events, generateSeconds, rebuildSeconds, rebuild.path("eventsApplied").asLong(), results));
            }
            String markdown = render(steps);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, markdown);
            System.out.println(markdown);
            System.out.println("[bench] report written to " + report.toAbsolutePath());
        }
    }

    private static Map<String, Wrk.Result> measure(OrdoAdmin admin, Wrk wrk, Wrk warmUp) throws IOException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String year = "from=" + today.minusDays(364) + "&to=" + today;
        Map<String, URI> targets = new LinkedHashMap<>();
        targets.put("bare endpoint (/health/live)", admin.root("/health/live"));
        targets.put("sales per day, a year", admin.api("reports/sales?" + year));
        targets.put("sales per product, a year", admin.api("reports/sales/products?" + year));
        targets.put("payment outcomes, a year", admin.api("reports/payments?" + year));
        targets.put("status changes per day, a year", admin.api("reports/orders/status-changes?" + year));
        targets.put("orders per status", admin.api("reports/orders/status"));
        targets.put("stuck orders, first 50", admin.api("reports/orders/stuck?limit=50"));
        targets.put("stock levels", admin.api("reports/stock"));
        Map<String, Wrk.Result> results = new LinkedHashMap<>();
        for (Map.Entry<String, URI> target : targets.entrySet()) {
            String token = admin.token();
            warmUp.get(target.getValue(), token);
            Wrk.Result result = wrk.get(target.getValue(), token);
            if (result.errors() > 0) {
                throw new IOException(target.getKey() + ": " + result.errors() + " of " + result.requests() + " requests failed");
            }
            System.out.printf(Locale.ROOT, "[bench] %-32s p50 %7.2f ms  p95 %7.2f ms  %8.0f req/s%n",
                    target.getKey(), result.p50(), result.p95(), result.throughput());
            results.put(target.getKey(), result);
        }
        return results;
    }

    private static String render(List<Step> steps) {
        Step small = steps.get(0);
        Step large = steps.get(steps.size() - 1);
        StringBuilder md = new StringBuilder();
        md.append("# Report latency against the number of orders\n\n");
        md.append(String.format(Locale.ROOT, "Run %s on %d cores, wrk with %d connections for %d s per report after a %d s warm-up.%n%n",
                Instant.now(), Runtime.getRuntime().availableProcessors(), CONNECTIONS, MEASURE_SECONDS, WARM_UP_SECONDS));
        md.append("| orders | events in the history | history written in | rebuild (replay through the projections) | events replayed per second |\n");
        md.append("| ---: | ---: | ---: | ---: | ---: |\n");
        for (Step step : steps) {
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %.0f s | %.0f s | %,.0f |%n", step.orders(), step.events(),
                    step.generateSeconds(), step.rebuildSeconds(), step.eventsReplayed() / Math.max(step.rebuildSeconds(), 0.001)));
        }
        md.append(String.format(Locale.ROOT, "%n| report | p50 at %,d | p95 at %,d | p50 at %,d | p95 at %,d | p50 ratio | p95 ratio | p95 ratio over the bare endpoint's |%n",
                small.orders(), small.orders(), large.orders(), large.orders()));
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        String bare = small.results().keySet().iterator().next();
        double machine = large.results().get(bare).p95() / small.results().get(bare).p95();
        for (String name : small.results().keySet()) {
            Wrk.Result before = small.results().get(name);
            Wrk.Result after = large.results().get(name);
            double ratio = after.p95() / before.p95();
            md.append(String.format(Locale.ROOT, "| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f | %.2f | %.2f |%n", name,
                    before.p50(), before.p95(), after.p50(), after.p95(), after.p50() / before.p50(), ratio, ratio / machine));
        }
        return md.toString();
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }
}
