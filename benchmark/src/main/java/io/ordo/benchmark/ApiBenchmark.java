package io.ordo.benchmark;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Ordo's API against the machine's own ceilings, in one run on one machine. Starts the whole dev
 * stack with a ceiling application deployed next to Ordo on the same Liberty, then, after a
 * warm-up, alternates several rounds of: the ceiling endpoint (C_http), GET of an order, GET of
 * the products, pgbench reading an order (C_read) and writing one (C_write) on the same
 * PostgreSQL, and POST of orders; each at its maximum throughput (wrk, closed model). Then each
 * Ordo endpoint at half its own maximum, at a fixed arrival rate (open model), for latency. The
 * outbox, CPU and memory are read during every phase. Writes an HTML report with charts and a
 * Markdown summary.
 */
public final class ApiBenchmark {

    static final String C_HTTP = "C_http";
    static final String C_READ = "C_read";
    static final String C_WRITE = "C_write";
    static final String GET_ORDER = "GET /api/v1/orders/{id}";
    static final String GET_PRODUCTS = "GET /api/v1/products";
    static final String POST_ORDER = "POST /api/v1/orders";
    /** The order of the targets in every round: each ceiling right before the endpoints compared with it. */
    static final List<String> TARGETS = List.of(C_HTTP, GET_ORDER, GET_PRODUCTS, C_READ, C_WRITE, POST_ORDER);

    /** wrk's connections for maximum throughput. */
    static final int CONNECTIONS = 16;
    /** Connections of the open-model runs (one wrk thread each): enough that a slow answer rarely delays the next. */
    static final int PACED_CONNECTIONS = 32;
    /**
     * Warm-up per target before the measured rounds (the JIT compilers of a freshly started server
     * take a core for minutes), and before each open-model run.
     */
    static final int WARM_UP_SECONDS = 15;
    /**
     * Warm-up cycles over the read targets, until two in a row agree within
     * {@link #STEADY_WITHIN}: a freshly started Liberty keeps compiling for minutes on two
     * cores, and its throughput more than tripled between the first rounds of early runs.
     */
    static final int MAX_WARM_UP_CYCLES = 10;
    static final int WARM_UP_CYCLE_SECONDS = 8;
    static final double STEADY_WITHIN = 0.10;
    static final int PACED_WARM_UP_SECONDS = 5;
    static final Duration SETTLE_AT_MOST = Duration.ofSeconds(90);

    private final BenchStack bench;
    private final OrdoAdmin admin;
    private final OrderFlow flow;
    private final WrkLoad wrk;
    private final ProcessSampler sampler;
    private final int rounds;
    private final int seconds;
    private final int latencySeconds;
    private final Map<String, WrkLoad.Target> endpoints = new LinkedHashMap<>();
    private DatabaseCeilings ceilings;

    private ApiBenchmark(BenchStack bench, int rounds, int seconds, int latencySeconds) {
        this.bench = bench;
        this.admin = bench.admin();
        this.flow = new OrderFlow(bench.database(), bench.broker()::eventsWaiting);
        this.wrk = bench.wrk();
        this.sampler = bench.sampler();
        this.rounds = rounds;
        this.seconds = seconds;
        this.latencySeconds = latencySeconds;
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("ordo.bench.rounds", 5);
        int seconds = Integer.getInteger("ordo.bench.seconds", 8);
        int latencySeconds = Integer.getInteger("ordo.bench.latency-seconds", 20);
        Instant started = Instant.now();
        try (BenchStack bench = BenchStack.start(BenchStack.Settings.fromSystemProperties())) {
            ApiResults results = new ApiBenchmark(bench, rounds, seconds, latencySeconds).run();
            ApiReport report = new ApiReport(results, Duration.between(started, Instant.now()));
            Path html = bench.report("api-report", "html");
            Files.writeString(html, report.html());
            String markdown = report.markdown();
            Files.writeString(bench.report("api-report", "md"), markdown);
            System.out.println(markdown);
            System.out.println("[bench] report written to " + html);
        }
    }

    private ApiResults run() throws Exception {
        ApiResults results = new ApiResults(rounds, seconds, latencySeconds, CONNECTIONS, DatabaseCeilings.CLIENTS,
                PACED_CONNECTIONS, bench.environment());
        prepareOrdo();
        awaitCeiling();

        System.out.println("[bench] warm-up: " + WARM_UP_SECONDS + " s per target");
        measureOrdo(POST_ORDER, WARM_UP_SECONDS, admin.storefrontToken());
        flow.settleAndSay(SETTLE_AT_MOST);
        prepareCeilings();
        for (String target : TARGETS) {
            if (!target.equals(POST_ORDER)) {
                measure(target, WARM_UP_SECONDS, admin.storefrontToken());
            }
        }
        flow.settleAndSay(SETTLE_AT_MOST);
        results.warmedUp(warmUpUntilSteady());

        for (int round = 1; round <= rounds; round++) {
            for (String target : TARGETS) {
                String token = admin.storefrontToken();
                Instant from = flow.now();
                ProcessSampler.Reading begin = sampler.begin();
                double throughput = measure(target, seconds, token);
                ProcessSampler.Usage usage = sampler.end(begin);
                results.throughput(target, round, throughput, usage);
                System.out.printf(Locale.ROOT, "[bench] round %d %-26s %9.1f /s  Liberty %.2f cores, PostgreSQL %.2f, others %.2f%n",
                        round, target, throughput, usage.libertyCores(), usage.postgresCores(), usage.otherCores());
                if (target.equals(POST_ORDER)) {
                    OrderFlow.Figures figures = outboxFigures(from);
                    requireNewOrders(figures, throughput * seconds);
                    results.outboxAtMax(figures);
                }
            }
        }

        for (String target : List.of(GET_ORDER, GET_PRODUCTS, POST_ORDER)) {
            double rate = results.maxThroughput(target).median() / 2;
            String token = admin.storefrontToken();
            Instant from = flow.now();
            ProcessSampler.Reading begin = sampler.begin();
            LatencySamples samples = wrk.paced(endpoints.get(target), token, PACED_CONNECTIONS, rate,
                    PACED_WARM_UP_SECONDS, latencySeconds);
            ProcessSampler.Usage usage = sampler.end(begin);
            System.out.printf(Locale.ROOT, "[bench] half load %-26s %7.1f /s asked, %7.1f /s answered: p50 %.1f ms, p95 %.1f ms,"
                            + " p99 %.1f ms, %d errors%n", target, rate, samples.throughput(), samples.percentileMillis(50),
                    samples.percentileMillis(95), samples.percentileMillis(99), samples.errors());
            results.latency(target, rate, samples, usage);
            if (target.equals(POST_ORDER)) {
                OrderFlow.Figures figures = outboxFigures(from);
                requireNewOrders(figures, samples.count());
                results.outboxAtHalf(figures);
            } else {
                flow.settleAndSay(SETTLE_AT_MOST);
            }
        }
        return results;
    }

    /** @return how the warm-up went, for the report */
    private String warmUpUntilSteady() throws Exception {
        List<String> reads = List.of(C_HTTP, GET_ORDER, GET_PRODUCTS);
        double[] before = null;
        for (int cycle = 1; cycle <= MAX_WARM_UP_CYCLES; cycle++) {
            double[] now = new double[reads.size()];
            for (int i = 0; i < now.length; i++) {
                now[i] = measure(reads.get(i), WARM_UP_CYCLE_SECONDS, admin.storefrontToken());
            }
            System.out.printf(Locale.ROOT, "[bench] warm-up cycle %d: C_http %.0f/s, GET order %.0f/s, GET products %.0f/s%n",
                    cycle, now[0], now[1], now[2]);
            if (before != null && Stats.steady(before, now, STEADY_WITHIN)) {
                return String.format(Locale.ROOT, "%d s per target, then %d cycles of %d s on %s until two in a row agreed"
                        + " within %.0f %%", WARM_UP_SECONDS, cycle, WARM_UP_CYCLE_SECONDS, String.join(", ", reads),
                        STEADY_WITHIN * 100);
            }
            before = now;
        }
        return String.format(Locale.ROOT, "%d s per target, then %d cycles of %d s on %s; NOT steady (two cycles in a row"
                + " still differed by more than %.0f %%)", WARM_UP_SECONDS, MAX_WARM_UP_CYCLES, WARM_UP_CYCLE_SECONDS,
                String.join(", ", reads), STEADY_WITHIN * 100);
    }

    /** One phase of {@code seconds} on a target; returns its throughput (requests or transactions per second). */
    private double measure(String target, int phaseSeconds, String token) throws Exception {
        return switch (target) {
            case C_READ -> ceilings.read(phaseSeconds);
            case C_WRITE -> ceilings.write(phaseSeconds);
            default -> measureOrdo(target, phaseSeconds, token);
        };
    }

    private double measureOrdo(String target, int phaseSeconds, String token) throws IOException {
        Wrk.Result result = wrk.closed(endpoints.get(target), token, CONNECTIONS, phaseSeconds);
        if (result.errors() > result.requests() / 100) {
            throw new IOException(target + ": " + result.errors() + " of " + result.requests() + " requests failed");
        }
        return (result.requests() - result.errors()) / result.seconds();
    }

    /** Every answered POST must have placed an order: a replayed Idempotency-Key would measure replays. */
    private static void requireNewOrders(OrderFlow.Figures figures, double answered) throws IOException {
        if (figures.orders() < 0.9 * answered) {
            throw new IOException("only " + figures.orders() + " orders were placed for about " + Math.round(answered)
                    + " answered POSTs: requests were replays, not new orders");
        }
    }

    /** Right after a load of orders: the outbox at the end, then again once everything has been relayed. */
    private OrderFlow.Figures outboxFigures(Instant from) throws Exception {
        OrderFlow.AtEnd end = flow.atEnd(from);
        OptionalDouble settled = flow.settle(SETTLE_AT_MOST);
        if (settled.isEmpty()) {
            System.out.println("[bench] the pipeline had not settled " + SETTLE_AT_MOST.toSeconds() + " s after the load");
        }
        OrderFlow.Figures figures = flow.figures(end, settled.orElse(Double.NaN));
        System.out.printf(Locale.ROOT, "[bench] outbox: %.1f orders/s, %.1f events/s written, %.1f/s relayed; %d waiting"
                        + " at the end (%.2f s of events); commit-to-ack p95 %.1f ms; settled after %.1f s%n",
                figures.orderRate(), figures.eventRate(), figures.drainRate(), figures.backlogAtEnd(),
                figures.backlogSeconds(), figures.commitToAckP95Millis(), figures.drainedAfterSeconds());
        return figures;
    }

    /** Stock enough for every order of the run, an order body of three lines, and the endpoints. */
    private void prepareOrdo() throws IOException {
        StorefrontOrders orders = StorefrontOrders.prepare(admin, bench.work());
        endpoints.put(C_HTTP, new WrkLoad.Target(C_HTTP, admin.root(CeilingWar.CONTEXT_ROOT + "/ping"), WrkLoad.Requests.GET, Map.of()));
        endpoints.put(GET_PRODUCTS, new WrkLoad.Target(GET_PRODUCTS, admin.api("products"), WrkLoad.Requests.GET, Map.of()));
        endpoints.put(POST_ORDER, orders.placement());
    }

    private void awaitCeiling() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ping = HttpRequest.newBuilder(endpoints.get(C_HTTP).uri())
                .header("Authorization", "Bearer " + admin.storefrontToken()).timeout(Duration.ofSeconds(10)).GET().build();
        Instant deadline = Instant.now().plusSeconds(60);
        int status = 0;
        while (Instant.now().isBefore(deadline)) {
            status = http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                return;
            }
            Thread.sleep(500); // polling for the deployment, with a deadline
        }
        throw new IOException("the ceiling application did not answer 200 at " + ping.uri() + " (last " + status + ")");
    }

    /** The ceilings' tables and scripts, and the ids of the orders that both sides read. */
    private void prepareCeilings() throws IOException, SQLException {
        ceilings = DatabaseCeilings.prepare(bench.pgbench(), bench.database(), bench.work());
        endpoints.put(GET_ORDER, new WrkLoad.Target(GET_ORDER, admin.root("/"), WrkLoad.Requests.GET_ORDERS,
                Map.of("ids", ceilings.orderIds().toString())));
    }
}
