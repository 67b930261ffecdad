package org.latentexplorer.lab;

import java.util.Arrays;

/** Percentiles of a sample, interpolating linearly between order statistics as numpy's default ('linear') method does. */
public final class Percentiles {
    private final double[] sorted;

    private Percentiles(double[] sorted) {
        this.sorted = sorted;
    }

    /** The sample is copied, not sorted in place. */
    public static Percentiles of(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        if (Double.isNaN(sorted[sorted.length - 1])) {
            throw new IllegalArgumentException("NaN sample");
        }
        return new Percentiles(sorted);
    }

    /** The p-th percentile, 0 <= p <= 100: position p/100 * (n - 1) in the sorted sample, interpolated. */
    public double percentile(double p) {
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in [0, 100], got " + p);
        }
        double position = p / 100 * (sorted.length - 1);
        int below = (int) Math.floor(position);
        if (below == sorted.length - 1) {
            return sorted[below];
        }
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[below + 1] - sorted[below]);
    }

    public double median() {
        return percentile(50);
    }

    public int count() {
        return sorted.length;
    }
}
