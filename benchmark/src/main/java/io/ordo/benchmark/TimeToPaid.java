package io.ordo.benchmark;

import java.util.Arrays;

/**
 * How long the orders of a phase took from placement ({@code createdAt}) to their PAID entry in
 * the status history, and how many had not reached PAID when it was read. An order not paid
 * counts as slower than every paid one: a percentile that falls on those orders is unknown
 * (NaN), never the flattering figure of the paid ones alone.
 */
record TimeToPaid(long[] sortedMicros, long notPaid) {

    static TimeToPaid of(long[] paidMicros, long notPaid) {
        long[] sorted = paidMicros.clone();
        Arrays.sort(sorted);
        return new TimeToPaid(sorted, notPaid);
    }

    long orders() {
        return sortedMicros.length + notPaid;
    }

    long paid() {
        return sortedMicros.length;
    }

    /** Nearest-rank percentile over all the phase's orders, in milliseconds; NaN when it falls on an unpaid one. */
    double percentileMillis(double percent) {
        if (orders() == 0) {
            return Double.NaN;
        }
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be in (0, 100]: " + percent);
        }
        long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * orders()));
        return rank > sortedMicros.length ? Double.NaN : sortedMicros[(int) rank - 1] / 1000.0;
    }
}
