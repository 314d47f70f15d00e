package io.atende.bench;

import java.util.Arrays;

/**
 * Percentiles of a set of durations, in milliseconds. Nearest-rank on the sorted samples: with a
 * few thousand samples per phase an interpolating estimator would not change the story.
 *
 * @param count samples
 * @param p50   median
 * @param p99   99th percentile
 * @param max   worst sample
 */
public record Latency(int count, double p50, double p99, double max) {

    static final Latency EMPTY = new Latency(0, Double.NaN, Double.NaN, Double.NaN);

    static Latency ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return EMPTY;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latency(sorted.length, ms(rank(sorted, 0.50)), ms(rank(sorted, 0.99)), ms(sorted[sorted.length - 1]));
    }

    private static long rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0; // microsecond resolution, as the database stores it
    }
}
