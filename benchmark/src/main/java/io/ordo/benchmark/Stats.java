package io.ordo.benchmark;

import java.util.Arrays;

/** The few statistics the benchmarks report: medians and spread of repeated runs, percentiles of samples. */
final class Stats {

    /** Repeated measurements of one figure: their median and their range. */
    record Spread(double median, double min, double max, int runs) {

        /** (max - min) / median: 0.1 means the runs lay within 10 % of the median's size. */
        double relative() {
            return median == 0 ? 0 : (max - min) / median;
        }
    }

    private Stats() {
    }

    static double median(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    static Spread spread(double... values) {
        double median = median(values);
        return new Spread(median, Arrays.stream(values).min().orElseThrow(), Arrays.stream(values).max().orElseThrow(),
                values.length);
    }

    /**
     * Whether every figure of {@code now} is within {@code fraction} of the same figure in
     * {@code before} (relative to the larger of the two): two runs of a steady system.
     */
    static boolean steady(double[] before, double[] now, double fraction) {
        if (before.length != now.length || now.length == 0) {
            throw new IllegalArgumentException("two runs of the same figures are needed");
        }
        for (int i = 0; i < now.length; i++) {
            double larger = Math.max(before[i], now[i]);
            if (larger > 0 && Math.abs(now[i] - before[i]) > fraction * larger) {
                return false;
            }
        }
        return true;
    }

    /**
     * The nearest-rank percentile: the smallest sample that at least {@code percent} % of the
     * samples do not exceed. {@code sorted} must be in ascending order.
     */
    static long percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be in (0, 100]: " + percent);
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    /**
     * The least-squares slope of {@code y} over {@code x}: how fast a sampled quantity grew, in
     * units of y per unit of x. 0 for fewer than two distinct x.
     */
    static double slope(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must pair up: " + x.length + " and " + y.length);
        }
        double meanX = Arrays.stream(x).average().orElse(0);
        double meanY = Arrays.stream(y).average().orElse(0);
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < x.length; i++) {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            variance += (x[i] - meanX) * (x[i] - meanX);
        }
        return variance == 0 ? 0 : covariance / variance;
    }
}
