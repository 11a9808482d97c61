package io.ordo.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an open-model run recorded: one "status latency-in-microseconds" line per answered
 * request, the latency counted from the request's intended send time; or, for runs that mix
 * kinds of request, "kind status latency" lines, read per kind.
 */
record LatencySamples(long[] sortedMicros, long errors, double seconds) {

    static LatencySamples parse(List<String> lines, double seconds) {
        Map<String, LatencySamples> byKind = parseByKind(lines, seconds);
        if (byKind.size() > 1 || !byKind.keySet().stream().allMatch(String::isEmpty)) {
            throw new IllegalArgumentException("samples of several kinds: " + byKind.keySet());
        }
        return byKind.getOrDefault("", new LatencySamples(new long[0], 0, seconds));
    }

    /** The samples of each kind, in the order the kinds first appear; "" for lines without a kind. */
    static Map<String, LatencySamples> parseByKind(List<String> lines, double seconds) {
        Map<String, List<Long>> latencies = new LinkedHashMap<>();
        Map<String, Long> errors = new LinkedHashMap<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] parts = trimmed.split(" ");
            if (parts.length != 2 && parts.length != 3) {
                throw new IllegalArgumentException("not a latency sample: " + line);
            }
            String kind = parts.length == 3 ? parts[0] : "";
            int status = Integer.parseInt(parts[parts.length - 2]);
            latencies.computeIfAbsent(kind, k -> new ArrayList<>()).add(Long.parseLong(parts[parts.length - 1]));
            errors.merge(kind, status >= 400 ? 1L : 0L, Long::sum);
        }
        Map<String, LatencySamples> byKind = new LinkedHashMap<>();
        latencies.forEach((kind, values) -> byKind.put(kind, new LatencySamples(
                values.stream().mapToLong(Long::longValue).sorted().toArray(), errors.get(kind), seconds)));
        return byKind;
    }

    long count() {
        return sortedMicros.length;
    }

    /** Answers per second over the measured part of the run. */
    double throughput() {
        return count() / seconds;
    }

    /** Answers that were not errors, per second over the measured part of the run. */
    double successesPerSecond() {
        return (count() - errors) / seconds;
    }

    double percentileMillis(double percent) {
        return Stats.percentile(sortedMicros, percent) / 1000.0;
    }
}
