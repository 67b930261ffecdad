package org.latentexplorer.ui.exhibit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A closed, smooth path through stops on the pad: a centripetal Catmull-Rom spline (no cusps or loops
 * between close stops) sampled finely and walked by arc length, so the puck travels at constant speed.
 * The path passes through every stop. Plain Java, no JavaFX.
 */
final class Tour {
    private static final int SAMPLES_PER_SEGMENT = 48;
    private static final double ALPHA = 0.5;
    private static final double TINY = 1e-9;

    private final double[] us;
    private final double[] vs;
    /** cumulative[i]: the path's length from its start to sample i; the last sample is the start again. */
    private final double[] cumulative;

    /** The loop through {@code stops} ({u, v} each) in their order, back to the first. */
    Tour(List<double[]> stops) {
        List<double[]> points = distinct(stops);
        int n = points.size();
        int samples = n < 2 ? 1 : n * SAMPLES_PER_SEGMENT + 1;
        us = new double[samples];
        vs = new double[samples];
        if (n == 0) {
            points.add(new double[] {0, 0});
        }
        if (n < 2) {
            us[0] = points.get(0)[0];
            vs[0] = points.get(0)[1];
        } else {
            int k = 0;
            for (int segment = 0; segment < n; segment++) {
                double[] p0 = points.get(Math.floorMod(segment - 1, n));
                double[] p1 = points.get(segment);
                double[] p2 = points.get((segment + 1) % n);
                double[] p3 = points.get((segment + 2) % n);
                for (int s = 0; s < SAMPLES_PER_SEGMENT; s++, k++) {
                    double[] at = catmullRom(p0, p1, p2, p3, s / (double) SAMPLES_PER_SEGMENT);
                    us[k] = at[0];
                    vs[k] = at[1];
                }
            }
            us[k] = us[0];
            vs[k] = vs[0];
        }
        cumulative = new double[samples];
        for (int i = 1; i < samples; i++) {
            cumulative[i] = cumulative[i - 1] + Math.hypot(us[i] - us[i - 1], vs[i] - vs[i - 1]);
        }
    }

    private static List<double[]> distinct(List<double[]> stops) {
        List<double[]> kept = new ArrayList<>();
        for (double[] stop : stops) {
            if (kept.isEmpty() || Math.hypot(stop[0] - kept.get(kept.size() - 1)[0], stop[1] - kept.get(kept.size() - 1)[1]) > TINY) {
                kept.add(stop.clone());
            }
        }
        if (kept.size() > 1 && Math.hypot(kept.get(0)[0] - kept.get(kept.size() - 1)[0], kept.get(0)[1] - kept.get(kept.size() - 1)[1]) <= TINY) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }

    /** The point a fraction {@code f} (0..1) of the way from {@code p1} to {@code p2} in parameter (Barry and Goldman's pyramid). */
    static double[] catmullRom(double[] p0, double[] p1, double[] p2, double[] p3, double f) {
        double t0 = 0;
        double t1 = t0 + knot(p0, p1);
        double t2 = t1 + knot(p1, p2);
        double t3 = t2 + knot(p2, p3);
        double t = t1 + f * (t2 - t1);
        double[] a1 = mix(p0, p1, t0, t1, t);
        double[] a2 = mix(p1, p2, t1, t2, t);
        double[] a3 = mix(p2, p3, t2, t3, t);
        double[] b1 = mix(a1, a2, t0, t2, t);
        double[] b2 = mix(a2, a3, t1, t3, t);
        return mix(b1, b2, t1, t2, t);
    }

    private static double knot(double[] a, double[] b) {
        return Math.max(TINY, Math.pow(Math.hypot(b[0] - a[0], b[1] - a[1]), ALPHA));
    }

    private static double[] mix(double[] a, double[] b, double ta, double tb, double t) {
        double w = (t - ta) / (tb - ta);
        return new double[] {a[0] + w * (b[0] - a[0]), a[1] + w * (b[1] - a[1])};
    }

    /** The length of one lap. */
    double length() {
        return cumulative[cumulative.length - 1];
    }

    /** The point {@code distance} along the path (laps wrap around). */
    double[] at(double distance) {
        double length = length();
        if (length <= 0) {
            return new double[] {us[0], vs[0]};
        }
        double d = distance % length;
        if (d < 0) {
            d += length;
        }
        int i = Arrays.binarySearch(cumulative, d);
        if (i >= 0) {
            return new double[] {us[i], vs[i]};
        }
        int after = -i - 1;
        int before = after - 1;
        double w = (d - cumulative[before]) / (cumulative[after] - cumulative[before]);
        return new double[] {us[before] + w * (us[after] - us[before]), vs[before] + w * (vs[after] - vs[before])};
    }

    /** The distance along the path of the sample nearest {@code (u, v)}: where a tour starting near the puck begins. */
    double nearestDistance(double u, double v) {
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < us.length; i++) {
            double d = Math.hypot(us[i] - u, vs[i] - v);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return cumulative[best];
    }
}
