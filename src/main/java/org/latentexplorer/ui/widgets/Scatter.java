package org.latentexplorer.ui.widgets;

import java.util.function.Function;
import org.latentexplorer.latent.LatentPlane;
import org.latentexplorer.model.LatentMap;

/** The latent map's points projected onto a plane: what the pad draws as coloured dots. */
public record Scatter(double[] us, double[] vs, int[] labels) {
    public static final Scatter EMPTY = new Scatter(new double[0], new double[0], new int[0]);

    public static Scatter project(LatentMap map, LatentPlane plane) {
        return project(map, plane::project);
    }

    /** The map's points through {@code projection}, each point to its {@code (u, v)}. */
    public static Scatter project(LatentMap map, Function<float[], double[]> projection) {
        int n = map.count();
        double[] us = new double[n];
        double[] vs = new double[n];
        float[] z = new float[map.dimensions()];
        for (int p = 0; p < n; p++) {
            System.arraycopy(map.means(), p * map.dimensions(), z, 0, z.length);
            double[] uv = projection.apply(z);
            us[p] = uv[0];
            vs[p] = uv[1];
        }
        return new Scatter(us, vs, map.labels().clone());
    }

    public int size() {
        return labels.length;
    }

    /** Index of the point nearest {@code (u, v)} within {@code radius}, or -1. */
    public int nearest(double u, double v, double radius) {
        int best = -1;
        double bestDistance = radius * radius;
        for (int i = 0; i < size(); i++) {
            double du = us[i] - u;
            double dv = vs[i] - v;
            double d = du * du + dv * dv;
            if (d <= bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /** The view that frames most of the points. */
    public Viewport fittingView() {
        return Viewport.fit(us, vs);
    }
}
