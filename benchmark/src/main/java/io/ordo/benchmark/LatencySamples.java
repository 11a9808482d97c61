package io.ordo.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * What an open-model run recorded: one "status latency-in-microseconds" line per answered
 * request, the latency counted from the request's intended send time.
 */
record LatencySamples(long[] sortedMicros, long errors, double seconds) {

    static LatencySamples parse(List<String> lines, double seconds) {
        long[] latencies = new long[lines.size()];
        int count = 0;
        long errors = 0;
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] parts = trimmed.split(" ");
            if (parts.length != 2) {
                throw new IllegalArgumentException("not a latency sample: " + line);
            }
            int status = Integer.parseInt(parts[0]);
            if (status >= 400) {
                errors++;
            }
            latencies[count++] = Long.parseLong(parts[1]);
        }
        long[] sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        return new LatencySamples(sorted, errors, seconds);
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
