package org.latentexplorer.ui.widgets;

import java.util.Arrays;

/**
 * The square window of the latent plane the pad shows: its centre {@code (centerU, centerV)} and the
 * distance {@code halfSpan} from the centre to each edge, in latent units. Screen {@code y} grows
 * downwards, latent {@code v} upwards.
 */
public record Viewport(double centerU, double centerV, double halfSpan) {
    public static final double MIN_HALF_SPAN = 0.05;
    public static final double MAX_HALF_SPAN = 50;
    public static final Viewport DEFAULT = new Viewport(0, 0, 3.5);

    public Viewport {
        halfSpan = Math.max(MIN_HALF_SPAN, Math.min(MAX_HALF_SPAN, halfSpan));
    }

    public double minU() {
        return centerU - halfSpan;
    }

    public double maxU() {
        return centerU + halfSpan;
    }

    public double minV() {
        return centerV - halfSpan;
    }

    public double maxV() {
        return centerV + halfSpan;
    }

    public boolean contains(double u, double v) {
        return Math.abs(u - centerU) <= halfSpan && Math.abs(v - centerV) <= halfSpan;
    }

    /** Screen x of latent {@code u} on a square of {@code size} pixels. */
    public double screenX(double u, double size) {
        return (u - minU()) / (2 * halfSpan) * size;
    }

    public double screenY(double v, double size) {
        return (maxV() - v) / (2 * halfSpan) * size;
    }

    public double latentU(double x, double size) {
        return minU() + x / size * 2 * halfSpan;
    }

    public double latentV(double y, double size) {
        return maxV() - y / size * 2 * halfSpan;
    }

    /** Zooms by {@code factor} (above 1 zooms in) keeping the latent point under the anchor fixed. */
    public Viewport zoom(double factor, double anchorU, double anchorV) {
        double span = Math.max(MIN_HALF_SPAN, Math.min(MAX_HALF_SPAN, halfSpan / factor));
        double kept = span / halfSpan;
        return new Viewport(anchorU + (centerU - anchorU) * kept, anchorV + (centerV - anchorV) * kept, span);
    }

    public Viewport pan(double du, double dv) {
        return new Viewport(centerU + du, centerV + dv, halfSpan);
    }

    public Viewport centeredOn(double u, double v) {
        return new Viewport(u, v, halfSpan);
    }

    /**
     * The window that holds the 1st to 99th percentile of the points on both axes with a margin, and
     * never less than the prior's bulk around the origin; {@link #DEFAULT} when there are no points.
     */
    public static Viewport fit(double[] us, double[] vs) {
        if (us.length == 0) {
            return DEFAULT;
        }
        double[] su = sorted(us);
        double[] sv = sorted(vs);
        double lowU = percentile(su, 0.01);
        double highU = percentile(su, 0.99);
        double lowV = percentile(sv, 0.01);
        double highV = percentile(sv, 0.99);
        double half = 0.5 * Math.max(highU - lowU, highV - lowV) * 1.15;
        return new Viewport((lowU + highU) / 2, (lowV + highV) / 2, Math.max(half, 2.5));
    }

    private static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static double percentile(double[] sorted, double q) {
        return sorted[(int) Math.round(q * (sorted.length - 1))];
    }

    /** Tick positions at a round step (1, 2 or 5 times a power of ten) giving about {@code target} ticks. */
    public double[] ticks(double low, double high, int target) {
        double raw = (high - low) / Math.max(1, target);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 5, 10}) {
            step = m * magnitude;
            if (step >= raw) {
                break;
            }
        }
        double first = Math.ceil(low / step) * step;
        int count = (int) Math.floor((high - first) / step + 1e-9) + 1;
        double[] ticks = new double[Math.max(0, count)];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = first + i * step;
            if (Math.abs(ticks[i]) < step * 1e-9) {
                ticks[i] = 0;
            }
        }
        return ticks;
    }
}
