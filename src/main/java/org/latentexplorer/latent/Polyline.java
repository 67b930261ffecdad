package org.latentexplorer.latent;

import java.util.ArrayList;
import java.util.List;

/** Plane geometry of a path drawn on a pad. */
public final class Polyline {
    private Polyline() {
    }

    /** {@code count} points along the polyline, evenly spaced by length, both ends included. */
    public static List<double[]> evenlySpaced(List<double[]> polyline, int count) {
        double[] cumulative = new double[polyline.size()];
        for (int i = 1; i < polyline.size(); i++) {
            double[] a = polyline.get(i - 1);
            double[] b = polyline.get(i);
            cumulative[i] = cumulative[i - 1] + Math.hypot(b[0] - a[0], b[1] - a[1]);
        }
        double total = cumulative[cumulative.length - 1];
        List<double[]> points = new ArrayList<>(count);
        int segment = 1;
        for (int k = 0; k < count; k++) {
            double at = total * k / (count - 1);
            if (total == 0 || polyline.size() == 1) {
                points.add(polyline.get(0).clone());
                continue;
            }
            while (segment < polyline.size() - 1 && cumulative[segment] < at) {
                segment++;
            }
            double[] a = polyline.get(segment - 1);
            double[] b = polyline.get(segment);
            double length = cumulative[segment] - cumulative[segment - 1];
            double f = length == 0 ? 0 : Math.min(1, Math.max(0, (at - cumulative[segment - 1]) / length));
            points.add(new double[] {a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1])});
        }
        return points;
    }
}
