package io.ordo.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one run of {@link PipelineBenchmark} measured, and the settings it ran with. */
final class PipelineResults {

    /**
     * One phase of placements at a fixed rate (open model): what the API answered, what reached
     * PAID, the lag over time (sample times from the phase's start; the measured part runs from
     * {@code measuredFromSeconds} to {@code loadEndSeconds}, the drain after it), what it cost.
     */
    record RatePhase(double asked, LatencySamples placements, double paidPerSecond, TimeToPaid timeToPaid,
                     List<LagSampler.Sample> lag, double measuredFromSeconds, double loadEndSeconds, double drainedAfterSeconds,
                     ProcessSampler.Usage usage, double walBytesPerOrder, double rowsPerOrder, Sustainability.Verdict verdict) {

        /** Successful placements per second over the measured part. */
        double placedPerSecond() {
            return placements.successesPerSecond();
        }

        /** The backlog when the load stopped: the last sample taken before then. */
        long backlogAtLoadEnd() {
            return lag.stream().filter(sample -> sample.seconds() <= loadEndSeconds).reduce((a, b) -> b)
                    .map(LagSampler.Sample::backlog).orElse(0L);
        }

        /** The largest number waiting on each queue (and the outbox) during the phase and its drain. */
        Map<String, Long> peakLag() {
            Map<String, Long> peak = new LinkedHashMap<>();
            for (LagSampler.Sample sample : lag) {
                peak.merge("outbox", sample.outbox(), Math::max);
                sample.queues().forEach((queue, waiting) -> peak.merge(queue, waiting, Math::max));
            }
            return peak;
        }
    }

    /**
     * The mixed storefront workload: the latency of each kind of request (as the Lua script names
     * them), and what reached PAID.
     */
    record Storefront(double requestRate, Map<String, LatencySamples> byKind, double paidPerSecond, TimeToPaid timeToPaid,
                      ProcessSampler.Usage usage) {

        /** Reads of an order, on average, until it was through the pipeline. */
        double pollsPerOrder() {
            LatencySamples placed = byKind.get(StorefrontOrders.PLACE);
            LatencySamples polls = byKind.get(StorefrontOrders.POLL);
            return placed == null || polls == null || placed.count() == 0 ? Double.NaN : (double) polls.count() / placed.count();
        }
    }

    /** Single orders on an otherwise idle system, one at a time. */
    record Idle(TimeToPaid timeToPaid, long[] placementMicros) {
    }

    final Map<String, String> environment;
    final List<Double> rates;
    final int seconds;
    final int warmUpSeconds;
    final int connections;
    private final List<RatePhase> sweep = new ArrayList<>();
    private String sweepNote = "";
    private RatePhase steady;
    private Idle idle;
    private Storefront storefront;
    private Stats.Spread cWrite;

    PipelineResults(Map<String, String> environment, List<Double> rates, int seconds, int warmUpSeconds, int connections) {
        this.environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        this.rates = List.copyOf(rates);
        this.seconds = seconds;
        this.warmUpSeconds = warmUpSeconds;
        this.connections = connections;
    }

    void swept(RatePhase phase) {
        sweep.add(phase);
    }

    /** Why the sweep ended before its last rate, if it did. */
    void sweepStopped(String why) {
        sweepNote = why;
    }

    void steady(RatePhase phase) {
        steady = phase;
    }

    void idle(Idle figures) {
        idle = figures;
    }

    void storefront(Storefront figures) {
        storefront = figures;
    }

    Storefront storefront() {
        return storefront;
    }

    void cWrite(Stats.Spread transactionsPerSecond) {
        cWrite = transactionsPerSecond;
    }

    List<RatePhase> sweep() {
        return List.copyOf(sweep);
    }

    String sweepNote() {
        return sweepNote;
    }

    /** The highest swept rate that was sustainable ({@link Sustainability}); NaN when none was. */
    double highestSustainableRate() {
        return Sustainability.highestSustainable(sweep.stream().map(RatePhase::verdict).toList());
    }

    RatePhase steady() {
        return steady;
    }

    Idle idle() {
        return idle;
    }

    Stats.Spread cWrite() {
        return cWrite;
    }
}
