package org.latentexplorer.lab;

import org.latentexplorer.data.ImageSet;

/**
 * Bicubic upscaling by cubic convolution (Keys, a = -0.5, as PIL; OpenCV uses -0.75), sampling at pixel centres
 * like OpenCV's INTER_CUBIC and PIL, with border pixels replicated and the result clamped to [0, 1].
 */
public final class Bicubic {
    private static final double A = -0.5;

    private Bicubic() {
    }

    /** A {@code rows*factor x cols*factor} image. */
    public static float[] upscale(float[] image, int rows, int cols, int factor) {
        if (image.length != rows * cols || factor < 1) {
            throw new IllegalArgumentException("need a " + rows + "x" + cols + " image and a factor >= 1");
        }
        Taps across = Taps.of(cols, factor);
        Taps down = Taps.of(rows, factor);
        int outCols = cols * factor;
        float[] out = new float[rows * factor * outCols];
        for (int r = 0; r < rows * factor; r++) {
            for (int c = 0; c < outCols; c++) {
                double sum = 0;
                for (int i = 0; i < 4; i++) {
                    double rowSum = 0;
                    int rowStart = down.index[r][i] * cols;
                    for (int j = 0; j < 4; j++) {
                        rowSum += across.weight[c][j] * image[rowStart + across.index[c][j]];
                    }
                    sum += down.weight[r][i] * rowSum;
                }
                out[r * outCols + c] = (float) Math.min(1, Math.max(0, sum));
            }
        }
        return out;
    }

    public static ImageSet upscale(ImageSet images, int factor) {
        int size = images.imageSize() * factor * factor;
        float[] out = new float[images.count() * size];
        for (int i = 0; i < images.count(); i++) {
            float[] big = upscale(images.image(i), images.rows(), images.cols(), factor);
            System.arraycopy(big, 0, out, i * size, size);
        }
        return new ImageSet(out, images.count(), images.rows() * factor, images.cols() * factor);
    }

    /** For each output coordinate along one axis, the four source indices (clamped) and their kernel weights. */
    private record Taps(int[][] index, double[][] weight) {
        static Taps of(int length, int factor) {
            int outLength = length * factor;
            int[][] index = new int[outLength][4];
            double[][] weight = new double[outLength][4];
            for (int d = 0; d < outLength; d++) {
                double source = (d + 0.5) / factor - 0.5;
                int base = (int) Math.floor(source);
                double t = source - base;
                for (int k = 0; k < 4; k++) {
                    index[d][k] = Math.min(length - 1, Math.max(0, base - 1 + k));
                    weight[d][k] = kernel(t - (k - 1));
                }
            }
            return new Taps(index, weight);
        }
    }

    private static double kernel(double x) {
        double ax = Math.abs(x);
        if (ax <= 1) {
            return ((A + 2) * ax - (A + 3)) * ax * ax + 1;
        }
        if (ax < 2) {
            return ((A * ax - 5 * A) * ax + 8 * A) * ax - 4 * A;
        }
        return 0;
    }
}
