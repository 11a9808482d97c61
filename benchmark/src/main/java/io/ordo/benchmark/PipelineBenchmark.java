package io.ordo.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The whole order pipeline, from the storefront's POST to PAID, on the same stack as
 * {@link ApiBenchmark}. A sweep of placement rates (open model: wrk at a fixed arrival rate), each
 * held for a while, then read from the database: placements answered, orders reaching PAID per
 * second, each order's time to PAID from its status history, the lag of every consumer over time,
 * CPU per process, write-ahead log and rows per order, and whether the pipeline kept up
 * ({@link Sustainability}). Then the latency at half the highest sustainable rate, single orders on
 * an idle system, and C_write on the same database. Writes an HTML report with charts and a
 * Markdown summary.
 */
public final class PipelineBenchmark {

    /** Connections of the paced load (one wrk thread each), as the API benchmark's open-model runs. */
    static final int CONNECTIONS = ApiBenchmark.PACED_CONNECTIONS;
    /** Seconds at the start of every phase that are not counted: the rate's own warm-up. */
    static final int WARM_UP_SECONDS = ApiBenchmark.PACED_WARM_UP_SECONDS;
    /** Placements at each rate to warm the server's compilers up before the sweep. */
    static final int SERVER_WARM_UP_SECONDS = ApiBenchmark.WARM_UP_SECONDS;
    static final double SERVER_WARM_UP_RATE = 25;
    static final int C_WRITE_ROUNDS = 3;
    static final int C_WRITE_SECONDS = 8;
    static final Duration IDLE_ORDER_AT_MOST = Duration.ofSeconds(30);
    /**
     * Requests per storefront visit, to turn an order rate into the mixed workload's request rate:
     * the product list, the order, and about two reads of it until it is through.
     */
    static final int REQUESTS_PER_VISIT = 4;

    private final BenchStack bench;
    private final OrderFlow flow;
    private final StorefrontOrders orders;
    private final int seconds;
    private final Duration settleAtMost;

    private PipelineBenchmark(BenchStack bench, int seconds, Duration settleAtMost) throws Exception {
        this.bench = bench;
        this.flow = new OrderFlow(bench.database(), bench.broker()::eventsWaiting);
        this.orders = StorefrontOrders.prepare(bench.admin(), bench.work());
        this.seconds = seconds;
        this.settleAtMost = settleAtMost;
    }

    public static void main(String[] args) throws Exception {
        List<Double> rates = rates(System.getProperty("ordo.bench.pipeline.rates", "25,50,100,200,400,600"));
        int seconds = Integer.getInteger("ordo.bench.pipeline.seconds", 60);
        int idleOrders = Integer.getInteger("ordo.bench.pipeline.idle-orders", 10);
        Duration settleAtMost = Duration.ofSeconds(Integer.getInteger("ordo.bench.pipeline.settle-seconds", 300));
        Instant started = Instant.now();
        try (BenchStack bench = BenchStack.start(BenchStack.Settings.fromSystemProperties())) {
            PipelineResults results = new PipelineResults(bench.environment(), rates, seconds, WARM_UP_SECONDS, CONNECTIONS);
            new PipelineBenchmark(bench, seconds, settleAtMost).run(results, idleOrders);
            PipelineReport report = new PipelineReport(results, Duration.between(started, Instant.now()));
            Path html = bench.report("pipeline-report", "html");
            Files.writeString(html, report.html());
            String markdown = report.markdown();
            Files.writeString(bench.report("pipeline-report", "md"), markdown);
            System.out.println(markdown);
            System.out.println("[bench] report written to " + html);
        }
    }

    /** A comma-separated list of rates (orders per second), each above zero, in increasing order. */
    static List<Double> rates(String list) {
        List<Double> rates = Arrays.stream(list.split(",")).map(String::strip).filter(rate -> !rate.isEmpty())
                .map(Double::valueOf).toList();
        if (rates.isEmpty() || rates.stream().anyMatch(rate -> !(rate > 0))) {
            throw new IllegalArgumentException("ordo.bench.pipeline.rates must list rates above 0, e.g. 25,50,100: '" + list + "'");
        }
        for (int i = 1; i < rates.size(); i++) {
            if (rates.get(i) <= rates.get(i - 1)) {
                throw new IllegalArgumentException("ordo.bench.pipeline.rates must increase: '" + list + "'");
            }
        }
        return rates;
    }

    private void run(PipelineResults results, int idleOrders) throws Exception {
        System.out.printf(Locale.ROOT, "[bench] warm-up: %d s of placements at %.0f/s%n", SERVER_WARM_UP_SECONDS,
                SERVER_WARM_UP_RATE);
        bench.wrk().paced(orders.placement(), bench.admin().storefrontToken(), CONNECTIONS, SERVER_WARM_UP_RATE, 0,
                SERVER_WARM_UP_SECONDS);
        flow.settleAndSay(settleAtMost);

        results.idle(idle(idleOrders));

        for (double rate : results.rates) {
            PipelineResults.RatePhase phase = phase(rate);
            results.swept(phase);
            if (Double.isNaN(phase.drainedAfterSeconds())) {
                results.sweepStopped(String.format(Locale.ROOT, "The sweep stopped after %s/s: the pipeline had not drained"
                        + " %d s after the load, so a higher rate would have started on its backlog.", PipelineReport.rate(rate),
                        settleAtMost.toSeconds()));
                System.out.println("[bench] " + results.sweepNote());
                break;
            }
        }

        double highest = results.highestSustainableRate();
        double steadyRate = (Double.isNaN(highest) ? results.rates.get(0) : highest) / 2;
        System.out.printf(Locale.ROOT, "[bench] steady state at %.1f orders/s (half the %s)%n", steadyRate,
                Double.isNaN(highest) ? "lowest swept rate: none was sustainable" : "highest sustainable rate");
        results.steady(phase(steadyRate));

        System.out.printf(Locale.ROOT, "[bench] mixed storefront workload at %.1f visits/s%n", steadyRate);
        results.storefront(storefront(steadyRate));

        DatabaseCeilings ceilings = DatabaseCeilings.prepare(bench.pgbench(), bench.database(), bench.work());
        double[] cWrite = new double[C_WRITE_ROUNDS];
        for (int round = 0; round < C_WRITE_ROUNDS; round++) {
            cWrite[round] = ceilings.write(C_WRITE_SECONDS);
            System.out.printf(Locale.ROOT, "[bench] C_write round %d: %.0f transactions/s%n", round + 1, cWrite[round]);
        }
        results.cWrite(Stats.spread(cWrite));
    }

    /**
     * One rate held for the phase's seconds after a warm-up of {@link #WARM_UP_SECONDS}, then
     * the wait until the pipeline has drained (the lag is sampled through it).
     */
    private PipelineResults.RatePhase phase(double rate) throws Exception {
        String token = bench.admin().storefrontToken();
        String wal = flow.walPosition();
        long rowsBefore = flow.rowsStored();
        Instant start = flow.now();
        LagSampler lag = new LagSampler(bench.database(), bench.broker()::eventsWaitingByQueue);
        double loadEnd;
        OptionalDouble drained;
        LatencySamples placements;
        ProcessSampler.Usage usage;
        Instant end;
        try (lag) {
            ProcessSampler.Reading begin = bench.sampler().begin();
            placements = bench.wrk().paced(orders.placement(), token, CONNECTIONS, rate, WARM_UP_SECONDS, seconds);
            usage = bench.sampler().end(begin);
            loadEnd = lag.elapsedSeconds();
            end = flow.now();
            drained = flow.settle(settleAtMost);
        }
        Instant measuredFrom = start.plusSeconds(WARM_UP_SECONDS);
        double measured = Duration.between(measuredFrom, end).toMillis() / 1000.0;
        long placed = flow.ordersPlaced(start, end);
        double paidPerSecond = flow.ordersPaid(measuredFrom, end) / measured;
        TimeToPaid timeToPaid = flow.timeToPaid(measuredFrom, end);
        double walPerOrder = placed == 0 ? Double.NaN : (double) flow.walBytesSince(wal) / placed;
        double rowsPerOrder = placed == 0 ? Double.NaN : (double) (flow.rowsStored() - rowsBefore) / placed;
        Sustainability.Verdict verdict = Sustainability.judge(rate, placements.successesPerSecond(), paidPerSecond,
                lag.samples(), WARM_UP_SECONDS, loadEnd);
        PipelineResults.RatePhase phase = new PipelineResults.RatePhase(rate, placements, paidPerSecond, timeToPaid,
                lag.samples(), WARM_UP_SECONDS, loadEnd, drained.orElse(Double.NaN), usage, walPerOrder, rowsPerOrder, verdict);
        System.out.printf(Locale.ROOT, "[bench] %6.1f/s asked: %6.1f placed/s, %6.1f PAID/s, time to PAID p50 %s p95 %s p99 %s ms,"
                        + " backlog %+.1f/s, drained after %s s: %s%n", rate, phase.placedPerSecond(), paidPerSecond,
                Reports.two(timeToPaid.percentileMillis(50)), Reports.two(timeToPaid.percentileMillis(95)),
                Reports.two(timeToPaid.percentileMillis(99)), verdict.backlogGrowthPerSecond(),
                Reports.one(phase.drainedAfterSeconds()), verdict.explain());
        return phase;
    }

    /**
     * Storefront visits at about {@code visitsPerSecond} (open model over all requests, at
     * {@link #REQUESTS_PER_VISIT} requests per visit): products, an order, its status until through.
     */
    private PipelineResults.Storefront storefront(double visitsPerSecond) throws Exception {
        double requestRate = visitsPerSecond * REQUESTS_PER_VISIT;
        String token = bench.admin().storefrontToken();
        Instant start = flow.now();
        ProcessSampler.Reading begin = bench.sampler().begin();
        Map<String, LatencySamples> byKind = bench.wrk().pacedByKind(orders.visits(), token, CONNECTIONS, requestRate,
                WARM_UP_SECONDS, seconds);
        ProcessSampler.Usage usage = bench.sampler().end(begin);
        Instant end = flow.now();
        flow.settleAndSay(settleAtMost);
        Instant measuredFrom = start.plusSeconds(WARM_UP_SECONDS);
        double measured = Duration.between(measuredFrom, end).toMillis() / 1000.0;
        PipelineResults.Storefront storefront = new PipelineResults.Storefront(requestRate, byKind,
                flow.ordersPaid(measuredFrom, end) / measured, flow.timeToPaid(measuredFrom, end), usage);
        byKind.forEach((kind, samples) -> System.out.printf(Locale.ROOT, "[bench] storefront %-8s %6.1f/s p50 %s ms p95 %s ms%n",
                kind, samples.successesPerSecond(), Reports.two(samples.percentileMillis(50)),
                Reports.two(samples.percentileMillis(95))));
        return storefront;
    }

    /** Single orders, each placed once the pipeline is idle and followed to PAID before the next. */
    private PipelineResults.Idle idle(int count) throws Exception {
        String token = bench.admin().storefrontToken();
        Instant from = flow.now();
        long[] placementMicros = new long[count];
        for (int i = 0; i < count; i++) {
            long sent = System.nanoTime();
            orders.placeOne(token);
            placementMicros[i] = (System.nanoTime() - sent) / 1000;
            if (flow.settle(IDLE_ORDER_AT_MOST).isEmpty()) {
                throw new IllegalStateException("a single order on an idle system did not settle within " + IDLE_ORDER_AT_MOST);
            }
        }
        TimeToPaid timeToPaid = flow.timeToPaid(from, flow.now());
        System.out.printf(Locale.ROOT, "[bench] idle: %d single orders, time to PAID p50 %s ms, max %s ms%n", count,
                Reports.two(timeToPaid.percentileMillis(50)), Reports.two(timeToPaid.percentileMillis(100)));
        return new PipelineResults.Idle(timeToPaid, placementMicros);
    }
}
