package io.ordo.benchmark;

import static io.ordo.benchmark.Reports.barChart;
import static io.ordo.benchmark.Reports.escape;
import static io.ordo.benchmark.Reports.htmlHead;
import static io.ordo.benchmark.Reports.htmlTable;
import static io.ordo.benchmark.Reports.lineChart;
import static io.ordo.benchmark.Reports.number;
import static io.ordo.benchmark.Reports.one;
import static io.ordo.benchmark.Reports.table;
import static io.ordo.benchmark.Reports.two;

import io.ordo.benchmark.Reports.Bar;
import io.ordo.benchmark.Reports.Marker;
import io.ordo.benchmark.Reports.Series;
import io.ordo.devstack.BrokerService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders the results of {@link PipelineBenchmark}: a Markdown summary and an HTML page with inline SVG charts. */
final class PipelineReport {

    static final String SUSTAINABLE = String.format(Locale.ROOT, "A rate is sustainable when, over the measured part of its"
            + " phase (after the warm-up, until the load stops): the API answered at least %1$.0f %% of the asked placements"
            + " per second without error; orders reached PAID at a rate of at least %1$.0f %% of the placements; and the"
            + " backlog (unpublished outbox rows plus messages waiting on every consumer's queue, sampled every second) grew"
            + " by at most %2$.0f %% of the asked rate in messages per second (least-squares slope). The highest sustainable"
            + " rate is the highest swept rate that was sustainable.", (1 - Sustainability.TOLERANCE) * 100,
            Sustainability.TOLERANCE * 100);

    private final PipelineResults results;
    private final Duration took;

    PipelineReport(PipelineResults results, Duration took) {
        this.results = results;
        this.took = took;
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Ordo pipeline benchmark\n\n").append(summary()).append("\n\n");
        results.environment.forEach((key, value) -> md.append("- ").append(key).append(": ").append(value).append('\n'));
        md.append('\n').append(SUSTAINABLE).append("\n\n");
        md.append("**").append(highestSustainable()).append("**");
        if (!results.sweepNote().isEmpty()) {
            md.append(' ').append(results.sweepNote());
        }
        md.append("\n\n").append(table(sweepTable())).append('\n');
        md.append(table(latencyTable())).append('\n');
        md.append(table(storefrontTable())).append('\n');
        md.append(table(storefrontPaidTable())).append('\n');
        md.append(table(lagTable())).append('\n');
        md.append(table(costTable())).append('\n');
        md.append(table(ceilingTable())).append('\n');
        return md.toString();
    }

    String html() {
        StringBuilder html = new StringBuilder(htmlHead("Ordo pipeline benchmark"));
        html.append("<p>").append(escape(summary())).append("</p><ul>");
        results.environment.forEach((key, value) -> html.append("<li>").append(escape(key + ": " + value)).append("</li>"));
        html.append("</ul><p>").append(escape(SUSTAINABLE)).append("</p><p><strong>").append(escape(highestSustainable()))
                .append("</strong> ").append(escape(results.sweepNote())).append("</p>");
        html.append("<h2>Sweep of placement rates</h2>").append(htmlTable(sweepTable()));
        html.append("<h2>Time to PAID per rate (from createdAt to the PAID history entry)</h2>").append(timeToPaidChart());
        html.append("<h2>Latency at steady state and on an idle system</h2>").append(htmlTable(latencyTable()));
        html.append("<h2>Mixed storefront workload</h2>").append(htmlTable(storefrontTable()))
                .append(htmlTable(storefrontPaidTable()));
        html.append("<h2>Lag over time</h2><p>").append(escape("Messages not yet through each stage, sampled every second:"
                + " unpublished outbox rows and the messages waiting on each consumer's broker queue. The measured part of"
                + " each phase lies between the dashed lines; after the second, the load has stopped and the pipeline drains."))
                .append("</p>").append(htmlTable(lagTable()));
        for (PipelineResults.RatePhase phase : phases()) {
            html.append("<h3>").append(escape(phaseName(phase))).append("</h3>").append(lagChart(phase));
        }
        html.append("<h2>CPU, memory, write-ahead log and rows per order</h2>").append(htmlTable(costTable()));
        html.append("<h2>The database's own write ceiling</h2>").append(htmlTable(ceilingTable()));
        return html.append("</body></html>\n").toString();
    }

    private String summary() {
        return String.format(Locale.ROOT, "Run %s on %s cores, %d min %d s in all. Rates %s orders/s, each held %d s after a"
                        + " %d s warm-up (wrk, open model, %d connections, latency from each request's intended send time);"
                        + " after each, a wait until every order has left CREATED/VALIDATED/RESERVED and every event is"
                        + " relayed and consumed.", results.environment.get("date"), results.environment.get("cores"),
                took.toMinutes(), took.toSecondsPart(), String.join(", ", results.rates.stream().map(PipelineReport::rate).toList()),
                results.seconds, results.warmUpSeconds, results.connections);
    }

    private String highestSustainable() {
        double highest = results.highestSustainableRate();
        return Double.isNaN(highest) ? "No swept rate was sustainable." : "Highest sustainable rate: " + rate(highest) + " orders/s.";
    }

    private List<PipelineResults.RatePhase> phases() {
        List<PipelineResults.RatePhase> phases = new ArrayList<>(results.sweep());
        if (results.steady() != null) {
            phases.add(results.steady());
        }
        return phases;
    }

    private String phaseName(PipelineResults.RatePhase phase) {
        return phase == results.steady() ? rate(phase.asked()) + "/s (steady state)" : rate(phase.asked()) + "/s";
    }

    List<List<String>> sweepTable() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("placements asked /s", "answered /s", "errors", "PAID /s", "time to PAID p50 ms", "p95 ms", "p99 ms",
                "not PAID when read", "POST p95 ms", "backlog growth /s", "backlog at load end", "drained after s",
                "sustainable"));
        for (PipelineResults.RatePhase phase : phases()) {
            TimeToPaid paid = phase.timeToPaid();
            rows.add(List.of(phaseName(phase), one(phase.placedPerSecond()), Long.toString(phase.placements().errors()),
                    one(phase.paidPerSecond()), two(paid.percentileMillis(50)), two(paid.percentileMillis(95)),
                    two(paid.percentileMillis(99)), Long.toString(paid.notPaid()), two(phase.placements().percentileMillis(95)),
                    one(phase.verdict().backlogGrowthPerSecond()), Long.toString(phase.backlogAtLoadEnd()),
                    one(phase.drainedAfterSeconds()), phase.verdict().explain()));
        }
        return rows;
    }

    List<List<String>> latencyTable() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("latency", "POST p50 ms", "POST p95 ms", "POST p99 ms", "time to PAID p50 ms", "p95 ms", "p99 ms",
                "max ms", "orders"));
        PipelineResults.RatePhase steady = results.steady();
        if (steady != null) {
            TimeToPaid paid = steady.timeToPaid();
            rows.add(List.of("at " + rate(steady.asked()) + "/s, half the " + (Double.isNaN(results.highestSustainableRate())
                            ? "lowest swept rate (none was sustainable)" : "highest sustainable rate"),
                    two(steady.placements().percentileMillis(50)), two(steady.placements().percentileMillis(95)),
                    two(steady.placements().percentileMillis(99)), two(paid.percentileMillis(50)), two(paid.percentileMillis(95)),
                    two(paid.percentileMillis(99)), two(paid.percentileMillis(100)), Long.toString(paid.orders())));
        }
        PipelineResults.Idle idle = results.idle();
        if (idle != null && idle.placementMicros().length > 0) {
            long[] placements = idle.placementMicros().clone();
            Arrays.sort(placements);
            TimeToPaid paid = idle.timeToPaid();
            rows.add(List.of("idle: single orders, one at a time", two(Stats.percentile(placements, 50) / 1000.0),
                    two(Stats.percentile(placements, 95) / 1000.0), two(Stats.percentile(placements, 99) / 1000.0),
                    two(paid.percentileMillis(50)), two(paid.percentileMillis(95)), two(paid.percentileMillis(99)),
                    two(paid.percentileMillis(100)), Long.toString(paid.orders())));
        }
        return rows;
    }

    /** What each kind of request of the storefront's visits is called in the report. */
    private static final Map<String, String> STOREFRONT_REQUESTS = Map.of(
            StorefrontOrders.PRODUCTS, ApiBenchmark.GET_PRODUCTS,
            StorefrontOrders.PLACE, ApiBenchmark.POST_ORDER,
            StorefrontOrders.POLL, ApiBenchmark.GET_ORDER + " until through");

    List<List<String>> storefrontTable() {
        List<List<String>> rows = new ArrayList<>();
        PipelineResults.Storefront storefront = results.storefront();
        if (storefront == null) {
            return rows;
        }
        rows.add(List.of(String.format(Locale.ROOT, "mixed storefront at %s requests/s (visits: products, an order, its"
                        + " status until through)", number(storefront.requestRate())), "answered /s", "errors", "p50 ms",
                "p95 ms", "p99 ms"));
        for (String kind : List.of(StorefrontOrders.PRODUCTS, StorefrontOrders.PLACE, StorefrontOrders.POLL)) {
            LatencySamples samples = storefront.byKind().get(kind);
            if (samples != null) {
                rows.add(List.of(STOREFRONT_REQUESTS.get(kind), one(samples.successesPerSecond()), Long.toString(samples.errors()),
                        two(samples.percentileMillis(50)), two(samples.percentileMillis(95)), two(samples.percentileMillis(99))));
            }
        }
        return rows;
    }

    List<List<String>> storefrontPaidTable() {
        List<List<String>> rows = new ArrayList<>();
        PipelineResults.Storefront storefront = results.storefront();
        if (storefront == null) {
            return rows;
        }
        TimeToPaid paid = storefront.timeToPaid();
        rows.add(List.of("the storefront's orders", "PAID /s", "reads of each until through", "time to PAID p50 ms", "p95 ms",
                "p99 ms", "not PAID when read"));
        rows.add(List.of(Long.toString(paid.orders()), one(storefront.paidPerSecond()), one(storefront.pollsPerOrder()),
                two(paid.percentileMillis(50)), two(paid.percentileMillis(95)), two(paid.percentileMillis(99)),
                Long.toString(paid.notPaid())));
        return rows;
    }

    List<List<String>> lagTable() {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("peak waiting during the phase and its drain", "outbox"));
        BrokerService.EVENT_QUEUES.forEach(queue -> header.add("queue " + queue));
        rows.add(header);
        for (PipelineResults.RatePhase phase : phases()) {
            Map<String, Long> peak = phase.peakLag();
            List<String> row = new ArrayList<>(List.of(phaseName(phase), number(peak.getOrDefault("outbox", 0L))));
            BrokerService.EVENT_QUEUES.forEach(queue -> row.add(number(peak.getOrDefault(queue, 0L))));
            rows.add(row);
        }
        return rows;
    }

    List<List<String>> costTable() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("while placing at", "Liberty cores", "PostgreSQL", "broker + sandbox", "load tool", "others on the machine",
                "machine busy", "Liberty peak RSS MiB", "Liberty + PostgreSQL CPU ms per order", "WAL KiB per order",
                "rows stored per order"));
        for (PipelineResults.RatePhase phase : phases()) {
            ProcessSampler.Usage usage = phase.usage();
            rows.add(List.of(phaseName(phase), two(usage.libertyCores()), two(usage.postgresCores()), two(usage.benchmarkCores()),
                    two(usage.loadToolCores()), two(usage.otherCores()), two(usage.machineCores()),
                    number(usage.libertyPeakRssMib()),
                    two((usage.libertyCores() + usage.postgresCores()) * 1000 / phase.placedPerSecond()),
                    one(phase.walBytesPerOrder() / 1024), one(phase.rowsPerOrder())));
        }
        return rows;
    }

    List<List<String>> ceilingTable() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("database ceiling", "median transactions /s", "min", "max", "runs", "durability"));
        Stats.Spread cWrite = results.cWrite();
        if (cWrite != null) {
            rows.add(List.of(ApiBenchmark.C_WRITE + " (pgbench, " + DatabaseCeilings.CLIENTS + " clients, an order, its lines and"
                            + " its outbox row)", number(cWrite.median()), number(cWrite.min()), number(cWrite.max()),
                    Integer.toString(cWrite.runs()), results.environment.getOrDefault("durability", "-")));
        }
        return rows;
    }

    private String timeToPaidChart() {
        List<Bar> bars = new ArrayList<>();
        for (PipelineResults.RatePhase phase : phases()) {
            for (int percentile : new int[] {50, 95, 99}) {
                double value = phase.timeToPaid().percentileMillis(percentile);
                String label = phaseName(phase) + " p" + percentile;
                bars.add(Double.isNaN(value)
                        ? new Bar(label, 0, 0, 0, Double.NaN, "not all reached PAID", false)
                        : new Bar(label, value, value, value, Double.NaN, two(value) + " ms", false));
            }
        }
        return barChart(bars, 0);
    }

    private static String lagChart(PipelineResults.RatePhase phase) {
        List<LagSampler.Sample> samples = phase.lag();
        double[] seconds = samples.stream().mapToDouble(LagSampler.Sample::seconds).toArray();
        List<Series> series = new ArrayList<>();
        series.add(new Series("outbox", seconds, samples.stream().mapToDouble(LagSampler.Sample::outbox).toArray()));
        for (String queue : BrokerService.EVENT_QUEUES) {
            series.add(new Series(queue, seconds,
                    samples.stream().mapToDouble(sample -> sample.queues().getOrDefault(queue, 0L)).toArray()));
        }
        return lineChart(series, List.of(new Marker("warm-up ends", phase.measuredFromSeconds()),
                new Marker("load stops", phase.loadEndSeconds())), "s", "messages");
    }

    /** A rate as typed: whole numbers without decimals, halves with one. */
    static String rate(double rate) {
        return rate == Math.rint(rate) ? String.format(Locale.ROOT, "%.0f", rate) : String.format(Locale.ROOT, "%.1f", rate);
    }
}
