package org.latentexplorer.latent;

/**
 * A 2-D plane through the N-D latent space: {@code z = origin + u * axisU + v * axisV}. The axes are
 * orthonormal, so projecting a point onto the plane is two dot products.
 */
public record LatentPlane(String description, float[] origin, float[] axisU, float[] axisV) implements PadSurface {

    public LatentPlane {
        if (origin.length != axisU.length || origin.length != axisV.length) {
            throw new IllegalArgumentException("plane vectors differ in length");
        }
        origin = origin.clone();
        axisU = axisU.clone();
        axisV = axisV.clone();
    }

    public int latentSize() {
        return origin.length;
    }

    /** The plane of two latent dimensions through {@code base} (the other coordinates are kept). */
    public static LatentPlane ofDimensions(float[] base, int first, int second) {
        int n = base.length;
        if (first == second || first < 0 || second < 0 || first >= n || second >= n) {
            throw new IllegalArgumentException("need two different dimensions below " + n + ", got " + first + " and " + second);
        }
        float[] origin = base.clone();
        origin[first] = 0;
        origin[second] = 0;
        float[] u = new float[n];
        float[] v = new float[n];
        u[first] = 1;
        v[second] = 1;
        return new LatentPlane("dimensions " + (first + 1) + " and " + (second + 1), origin, u, v);
    }

    /** Index of the single latent dimension an axis follows, or -1 when it mixes several. */
    public int axisDimension(boolean horizontal) {
        float[] axis = horizontal ? axisU : axisV;
        int found = -1;
        for (int i = 0; i < axis.length; i++) {
            if (axis[i] != 0) {
                if (found >= 0 || axis[i] != 1) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    public float[] toLatent(double u, double v) {
        float[] z = new float[origin.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) (origin[i] + u * axisU[i] + v * axisV[i]);
        }
        return z;
    }

    /** {@code (u, v)} of the point on the plane closest to {@code z}. */
    public double[] project(float[] z) {
        double u = 0;
        double v = 0;
        for (int i = 0; i < z.length; i++) {
            double d = z[i] - origin[i];
            u += d * axisU[i];
            v += d * axisV[i];
        }
        return new double[] {u, v};
    }

    /** The same plane moved so that it passes through {@code z}. */
    public LatentPlane through(float[] z) {
        double[] uv = project(z);
        float[] newOrigin = z.clone();
        for (int i = 0; i < newOrigin.length; i++) {
            newOrigin[i] -= (float) (uv[0] * axisU[i] + uv[1] * axisV[i]);
        }
        return new LatentPlane(description, newOrigin, axisU, axisV);
    }
}
