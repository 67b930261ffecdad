package org.latentexplorer.bench;

import java.util.Arrays;

/** Percentiles of measured samples (nearest-rank: the smallest sample with at least p% of samples at or below it). */
public final class Stats {
    private Stats() {
    }

    /** Summary of a set of samples, in the samples' own unit. */
    public record Summary(int count, double p50, double p90, double p99, double max) {
    }

    public static Summary summarize(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new Summary(sorted.length, percentileOfSorted(sorted, 50), percentileOfSorted(sorted, 90),
                percentileOfSorted(sorted, 99), percentileOfSorted(sorted, 100));
    }

    /** The p-th percentile (0 < p <= 100) of {@code samples}, by nearest rank; the array is not changed. */
    public static double percentile(double[] samples, double p) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return percentileOfSorted(sorted, p);
    }

    public static double median(double[] samples) {
        return percentile(samples, 50);
    }

    static double percentileOfSorted(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(1, Math.min(sorted.length, rank)) - 1];
    }
}
