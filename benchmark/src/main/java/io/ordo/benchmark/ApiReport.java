package io.ordo.benchmark;

import static io.ordo.benchmark.Reports.barChart;
import static io.ordo.benchmark.Reports.escape;
import static io.ordo.benchmark.Reports.htmlHead;
import static io.ordo.benchmark.Reports.htmlTable;
import static io.ordo.benchmark.Reports.met;
import static io.ordo.benchmark.Reports.number;
import static io.ordo.benchmark.Reports.one;
import static io.ordo.benchmark.Reports.percent;
import static io.ordo.benchmark.Reports.table;
import static io.ordo.benchmark.Reports.two;

import io.ordo.benchmark.Reports.Bar;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Renders the results of {@link ApiBenchmark}: a Markdown summary and an HTML page with inline SVG charts. */
final class ApiReport {

    /** Reads and placement as a share of the ceilings, latency at half load, outbox backlog: the quality targets. */
    static final double READ_TARGET = 0.6;
    static final double PLACEMENT_TARGET = 0.5;
    static final double P95_TARGET_MS = 100;
    static final double P99_TARGET_MS = 500;
    static final double BACKLOG_TARGET_SECONDS = 1;

    /** A ratio with its target. */
    record Ratio(String name, String target, String ceiling, double goal) {
    }

    static final List<Ratio> RATIOS = List.of(
            new Ratio("GET order / C_http", ApiBenchmark.GET_ORDER, ApiBenchmark.C_HTTP, READ_TARGET),
            new Ratio("GET products / C_http", ApiBenchmark.GET_PRODUCTS, ApiBenchmark.C_HTTP, READ_TARGET),
            new Ratio("POST order / C_write", ApiBenchmark.POST_ORDER, ApiBenchmark.C_WRITE, PLACEMENT_TARGET),
            new Ratio("GET order / C_read (for information)", ApiBenchmark.GET_ORDER, ApiBenchmark.C_READ, Double.NaN));

    private final ApiResults results;
    private final Duration took;

    ApiReport(ApiResults results, Duration took) {
        this.results = results;
        this.took = took;
    }

    // ---------------------------------------------------------------- Markdown

    String markdown() {
        StringBuilder md = new StringBuilder("# Ordo API benchmark\n\n");
        md.append(String.format(Locale.ROOT, "Run %s, %s cores, %d min %d s in all. %d measured rounds of %d s per target after a"
                        + " warm-up (%s); wrk with %d connections, pgbench with %d clients; open-model latency runs of %d s"
                        + " on %d connections.%n%n",
                results.environment.get("date"), results.environment.get("cores"), took.toMinutes(), took.toSecondsPart(),
                results.rounds, results.seconds, results.warmUp(), results.connections, results.pgbenchClients,
                results.latencySeconds, results.pacedConnections));
        for (Map.Entry<String, String> entry : results.environment.entrySet()) {
            if (!entry.getKey().equals("date") && !entry.getKey().equals("cores")) {
                md.append("- ").append(entry.getKey()).append(": ").append(entry.getValue()).append('\n');
            }
        }
        md.append('\n').append(table(throughputTable())).append('\n');
        md.append(table(ratioTable())).append('\n');
        md.append(table(latencyTable())).append('\n');
        md.append(table(outboxTable())).append('\n');
        md.append(table(usageTable())).append('\n');
        return md.toString();
    }

    // ---------------------------------------------------------------- tables

    List<List<String>> throughputTable() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("maximum throughput (closed model)", "median per second", "min", "max", "spread (max-min)/median",
                "each round"));
        for (String target : results.targets()) {
            Stats.Spread spread = results.maxThroughput(target);
            rows.add(List.of(target, number(spread.median()), number(spread.min()), number(spread.max()),
                    percent(spread.relative()), String.join(", ", results.throughputs(target).stream().map(Reports::number).toList())));
        }
        return rows;
    }

    List<List<String>> ratioTable() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ratio (per round, then median)", "median", "min", "max", "target", "met"));
        for (Ratio ratio : RATIOS) {
            Stats.Spread spread = results.ratio(ratio.target(), ratio.ceiling());
            boolean informative = Double.isNaN(ratio.goal());
            rows.add(List.of(ratio.name(), two(spread.median()), two(spread.min()), two(spread.max()),
                    informative ? "-" : "≥ " + two(ratio.goal()),
                    informative ? "-" : met(spread.median() >= ratio.goal())));
        }
        return rows;
    }

    List<List<String>> latencyTable() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("at half its maximum (open model)", "asked per second", "answered per second", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "errors", "p95 ≤ 100 ms", "p99 ≤ 500 ms"));
        for (Map.Entry<String, ApiResults.Latency> entry : results.latencies().entrySet()) {
            LatencySamples samples = entry.getValue().samples();
            rows.add(List.of(entry.getKey(), number(entry.getValue().rateAsked()), number(samples.throughput()),
                    two(samples.percentileMillis(50)), two(samples.percentileMillis(95)), two(samples.percentileMillis(99)),
                    two(samples.percentileMillis(100)), Long.toString(samples.errors()),
                    met(samples.percentileMillis(95) <= P95_TARGET_MS), met(samples.percentileMillis(99) <= P99_TARGET_MS)));
        }
        return rows;
    }

    List<List<String>> outboxTable() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("outbox while placing orders", "orders per second", "events written per second",
                "events relayed per second", "waiting at the end", "= seconds of events", "oldest waiting s",
                "commit to broker ack p50 ms", "p95 ms", "all relayed and settled after s", "backlog ≤ 1 s"));
        List<OrderFlow.Figures> atMax = results.outboxAtMax();
        if (!atMax.isEmpty()) {
            rows.add(outboxRow("maximum load (median of " + atMax.size() + " rounds)",
                    figure -> Stats.median(atMax.stream().mapToDouble(figure).toArray())));
        }
        OrderFlow.Figures half = results.outboxAtHalf();
        if (half != null) {
            rows.add(outboxRow("half load", figure -> figure.applyAsDouble(half)));
        }
        return rows;
    }

    private List<String> outboxRow(String name, java.util.function.Function<ToDoubleFunction<OrderFlow.Figures>, Double> of) {
        double backlogSeconds = of.apply(OrderFlow.Figures::backlogSeconds);
        return List.of(name, number(of.apply(OrderFlow.Figures::orderRate)), number(of.apply(OrderFlow.Figures::eventRate)),
                number(of.apply(OrderFlow.Figures::drainRate)), number(of.apply(figures -> figures.backlogAtEnd())),
                two(backlogSeconds), two(of.apply(OrderFlow.Figures::oldestWaitingSeconds)),
                two(of.apply(OrderFlow.Figures::commitToAckP50Millis)), two(of.apply(OrderFlow.Figures::commitToAckP95Millis)),
                one(of.apply(OrderFlow.Figures::drainedAfterSeconds)), met(backlogSeconds <= BACKLOG_TARGET_SECONDS));
    }

    List<List<String>> usageTable() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("CPU (cores) and memory during", "Liberty", "PostgreSQL",
                "broker + sandbox", "load tool", "others on the machine", "machine busy", "Liberty peak RSS MiB",
                "Liberty + PostgreSQL CPU ms per request"));
        for (String target : results.targets()) {
            rows.add(List.of(target + " (max, median of rounds)", two(results.usage(target, ProcessSampler.Usage::libertyCores)),
                    two(results.usage(target, ProcessSampler.Usage::postgresCores)),
                    two(results.usage(target, ProcessSampler.Usage::benchmarkCores)),
                    two(results.usage(target, ProcessSampler.Usage::loadToolCores)),
                    two(results.usage(target, ProcessSampler.Usage::otherCores)),
                    two(results.usage(target, ProcessSampler.Usage::machineCores)),
                    number(results.usage(target, ProcessSampler.Usage::libertyPeakRssMib)),
                    two(results.serverMillisPerRequest(target))));
        }
        for (Map.Entry<String, ApiResults.Latency> entry : results.latencies().entrySet()) {
            ProcessSampler.Usage usage = entry.getValue().usage();
            rows.add(List.of(entry.getKey() + " (half load)", two(usage.libertyCores()), two(usage.postgresCores()),
                    two(usage.benchmarkCores()), two(usage.loadToolCores()), two(usage.otherCores()), two(usage.machineCores()),
                    number(usage.libertyPeakRssMib()),
                    two((usage.libertyCores() + usage.postgresCores()) * 1000 / entry.getValue().samples().throughput())));
        }
        return rows;
    }

    // ---------------------------------------------------------------- HTML

    String html() {
        StringBuilder html = new StringBuilder(htmlHead("Ordo API benchmark"));
        html.append("<p>").append(escape(String.format(Locale.ROOT, "Run %s on %s cores; %d rounds of %d s per target after a"
                        + " warm-up (%s); wrk %d connections, pgbench %d clients; open-model runs of %d s on %d connections.",
                results.environment.get("date"), results.environment.get("cores"), results.rounds, results.seconds,
                results.warmUp(), results.connections, results.pgbenchClients, results.latencySeconds,
                results.pacedConnections))).append("</p><ul>");
        results.environment.forEach((key, value) -> html.append("<li>").append(escape(key + ": " + value)).append("</li>"));
        html.append("</ul>");

        html.append("<h2>Ratios to the machine's ceilings</h2>").append(ratioChart()).append(htmlTable(ratioTable()));
        html.append("<h2>Maximum throughput</h2>").append(throughputChart()).append(htmlTable(throughputTable()));
        html.append("<h2>Latency at half load (open model, from the intended send time)</h2>").append(latencyChart())
                .append(htmlTable(latencyTable()));
        html.append("<h2>Outbox</h2>").append(htmlTable(outboxTable()));
        html.append("<h2>CPU and memory</h2>").append(htmlTable(usageTable()));
        return html.append("</body></html>\n").toString();
    }

    /** Horizontal bars: median with a min-max whisker, and a dashed target line where there is one. */
    private String ratioChart() {
        List<Bar> bars = new ArrayList<>();
        for (Ratio ratio : RATIOS) {
            if (!Double.isNaN(ratio.goal())) {
                Stats.Spread spread = results.ratio(ratio.target(), ratio.ceiling());
                bars.add(new Bar(ratio.name(), spread.median(), spread.min(), spread.max(), ratio.goal(), two(spread.median()), true));
            }
        }
        return barChart(bars, 1.0);
    }

    private String throughputChart() {
        List<Bar> bars = new ArrayList<>();
        for (String target : results.targets()) {
            Stats.Spread spread = results.maxThroughput(target);
            bars.add(new Bar(target, spread.median(), spread.min(), spread.max(), Double.NaN, number(spread.median()) + " /s", true));
        }
        return barChart(bars, 0);
    }

    private String latencyChart() {
        List<Bar> bars = new ArrayList<>();
        for (Map.Entry<String, ApiResults.Latency> entry : results.latencies().entrySet()) {
            LatencySamples samples = entry.getValue().samples();
            for (int percentile : new int[] {50, 95, 99}) {
                double value = samples.percentileMillis(percentile);
                double goal = percentile == 95 ? P95_TARGET_MS : percentile == 99 ? P99_TARGET_MS : Double.NaN;
                bars.add(new Bar(entry.getKey() + " p" + percentile, value, value, value, goal, two(value) + " ms", false));
            }
        }
        return barChart(bars, 0);
    }

}
