package org.latentexplorer.latent;

/**
 * Four latent points at the corners of the unit square, blended bilinearly as in Magenta's Beat Blender:
 * {@code (0,0)} is {@code a}, {@code (1,0)} is {@code b}, {@code (0,1)} is {@code c}, {@code (1,1)} is {@code d}.
 */
public record CornerBlend(float[] a, float[] b, float[] c, float[] d) implements PadSurface {
    private static final int NEWTON_STEPS = 8;

    public CornerBlend {
        if (a.length != b.length || a.length != c.length || a.length != d.length) {
            throw new IllegalArgumentException("corners differ in size");
        }
        a = a.clone();
        b = b.clone();
        c = c.clone();
        d = d.clone();
    }

    public float[] toLatent(double u, double v) {
        float[] z = new float[a.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) ((1 - u) * (1 - v) * a[i] + u * (1 - v) * b[i] + (1 - u) * v * c[i] + u * v * d[i]);
        }
        return z;
    }

    /** {@code (u, v)} whose blend lies closest to {@code z} (Gauss-Newton from the centre). */
    public double[] project(float[] z) {
        double u = 0.5;
        double v = 0.5;
        for (int step = 0; step < NEWTON_STEPS; step++) {
            double guu = 0;
            double guv = 0;
            double gvv = 0;
            double ru = 0;
            double rv = 0;
            for (int i = 0; i < z.length; i++) {
                double du = (1 - v) * (b[i] - a[i]) + v * (d[i] - c[i]);
                double dv = (1 - u) * (c[i] - a[i]) + u * (d[i] - b[i]);
                double residual = z[i] - ((1 - u) * (1 - v) * a[i] + u * (1 - v) * b[i] + (1 - u) * v * c[i] + u * v * d[i]);
                guu += du * du;
                guv += du * dv;
                gvv += dv * dv;
                ru += du * residual;
                rv += dv * residual;
            }
            double det = guu * gvv - guv * guv;
            if (Math.abs(det) < 1e-12) {
                break;
            }
            u += (gvv * ru - guv * rv) / det;
            v += (guu * rv - guv * ru) / det;
        }
        return new double[] {u, v};
    }
}
