package org.latentexplorer.model;

/** The few loops the plain-Java decoders are made of. */
final class Kernels {
    private Kernels() {
    }

    /**
     * {@code rows x cols} row-major to {@code cols} separate rows of {@code rows}: separate arrays, because the
     * JIT vectorizes {@code y[i] += s * x[i]} only when it can tell the two arrays apart.
     */
    static float[][] transpose(float[] matrix, int rows, int cols) {
        float[][] out = new float[cols][rows];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < cols; k++) {
                out[k][r] = matrix[r * cols + k];
            }
        }
        return out;
    }

    /** {@code y += scale * x}: the loop the JIT turns into SIMD instructions, so matrix products are written as sums of these. */
    static void axpy(float scale, float[] x, float[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += scale * x[i];
        }
    }

    static float sigmoid(float x) {
        return (float) (1 / (1 + Math.exp(-x)));
    }
}
