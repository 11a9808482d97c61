package io.ordo.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one run of {@link ApiBenchmark} measured, and the settings it ran with. */
final class ApiResults {

    /** One endpoint at half its maximum, open model. */
    record Latency(double rateAsked, LatencySamples samples, ProcessSampler.Usage usage) {
    }

    final int rounds;
    final int seconds;
    final int latencySeconds;
    final int connections;
    final int pgbenchClients;
    final int pacedConnections;
    final Map<String, String> environment;
    private String warmUp = "";

    private final Map<String, List<Double>> throughputs = new LinkedHashMap<>();
    private final Map<String, List<ProcessSampler.Usage>> usages = new LinkedHashMap<>();
    private final List<OrderFlow.Figures> outboxAtMax = new ArrayList<>();
    private final Map<String, Latency> latencies = new LinkedHashMap<>();
    private OrderFlow.Figures outboxAtHalf;

    ApiResults(int rounds, int seconds, int latencySeconds, int connections, int pgbenchClients, int pacedConnections,
               Map<String, String> environment) {
        this.rounds = rounds;
        this.seconds = seconds;
        this.latencySeconds = latencySeconds;
        this.connections = connections;
        this.pgbenchClients = pgbenchClients;
        this.pacedConnections = pacedConnections;
        this.environment = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }

    void throughput(String target, int round, double perSecond, ProcessSampler.Usage usage) {
        throughputs.computeIfAbsent(target, name -> new ArrayList<>()).add(perSecond);
        usages.computeIfAbsent(target, name -> new ArrayList<>()).add(usage);
    }

    void outboxAtMax(OrderFlow.Figures figures) {
        outboxAtMax.add(figures);
    }

    void outboxAtHalf(OrderFlow.Figures figures) {
        outboxAtHalf = figures;
    }

    void latency(String target, double rate, LatencySamples samples, ProcessSampler.Usage usage) {
        latencies.put(target, new Latency(rate, samples, usage));
    }

    List<String> targets() {
        return List.copyOf(throughputs.keySet());
    }

    List<Double> throughputs(String target) {
        return throughputs.get(target);
    }

    Stats.Spread maxThroughput(String target) {
        return Stats.spread(throughputs.get(target).stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The ratio {@code target / ceiling} of each round (the two ran minutes apart at most), then their median and range. */
    Stats.Spread ratio(String target, String ceiling) {
        List<Double> of = throughputs.get(target);
        List<Double> to = throughputs.get(ceiling);
        double[] ratios = new double[Math.min(of.size(), to.size())];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = of.get(i) / to.get(i);
        }
        return Stats.spread(ratios);
    }

    /** The median over the rounds of one figure of the target's CPU and memory use. */
    double usage(String target, java.util.function.ToDoubleFunction<ProcessSampler.Usage> figure) {
        return Stats.median(usages.get(target).stream().mapToDouble(figure).toArray());
    }

    /**
     * CPU time of Liberty and PostgreSQL together per request (or transaction), in milliseconds:
     * the median over the rounds. Less disturbed than throughput by other work on the machine.
     */
    double serverMillisPerRequest(String target) {
        List<Double> perSecond = throughputs.get(target);
        List<ProcessSampler.Usage> used = usages.get(target);
        double[] millis = new double[perSecond.size()];
        for (int i = 0; i < millis.length; i++) {
            millis[i] = (used.get(i).libertyCores() + used.get(i).postgresCores()) * 1000 / perSecond.get(i);
        }
        return Stats.median(millis);
    }

    List<OrderFlow.Figures> outboxAtMax() {
        return outboxAtMax;
    }

    OrderFlow.Figures outboxAtHalf() {
        return outboxAtHalf;
    }

    Map<String, Latency> latencies() {
        return latencies;
    }

    void warmedUp(String howItWent) {
        warmUp = howItWent;
    }

    String warmUp() {
        return warmUp;
    }
}
