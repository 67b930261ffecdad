package org.latentexplorer.latent;

import org.latentexplorer.model.LatentMap;

/** The plane through the mean of a latent map spanned by its two leading principal directions. */
public final class PrincipalPlane {
    private static final int ITERATIONS = 200;

    private PrincipalPlane() {
    }

    public static LatentPlane of(LatentMap map) {
        int n = map.dimensions();
        double[] mean = new double[n];
        for (int p = 0; p < map.count(); p++) {
            for (int d = 0; d < n; d++) {
                mean[d] += map.coordinate(p, d);
            }
        }
        for (int d = 0; d < n; d++) {
            mean[d] /= Math.max(1, map.count());
        }
        double[][] covariance = new double[n][n];
        for (int p = 0; p < map.count(); p++) {
            for (int i = 0; i < n; i++) {
                double di = map.coordinate(p, i) - mean[i];
                for (int j = 0; j < n; j++) {
                    covariance[i][j] += di * (map.coordinate(p, j) - mean[j]);
                }
            }
        }
        double[] first = leadingEigenvector(covariance, null);
        double[] second = leadingEigenvector(covariance, first);
        return new LatentPlane("principal directions 1 and 2", toFloat(mean), toFloat(first), toFloat(second));
    }

    /** Power iteration, kept orthogonal to {@code exclude} when given. */
    private static double[] leadingEigenvector(double[][] matrix, double[] exclude) {
        int n = matrix.length;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 1.0 / Math.sqrt(n) + 1e-3 * i;
        }
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            removeComponent(v, exclude);
            normalize(v);
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    next[i] += matrix[i][j] * v[j];
                }
            }
            v = next;
        }
        removeComponent(v, exclude);
        normalize(v);
        return v;
    }

    private static void removeComponent(double[] v, double[] direction) {
        if (direction == null) {
            return;
        }
        double dot = 0;
        for (int i = 0; i < v.length; i++) {
            dot += v[i] * direction[i];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] -= dot * direction[i];
        }
    }

    private static void normalize(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            v[0] = 1;
            return;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= norm;
        }
    }

    private static float[] toFloat(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }
}
