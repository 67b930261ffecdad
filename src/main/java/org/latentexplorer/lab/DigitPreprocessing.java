package org.latentexplorer.lab;

import java.util.Optional;

/** Turns a drawing into the kind of image MNIST holds, following LeCun's preparation of the NIST digits. */
public final class DigitPreprocessing {
    public static final int SIDE = 28;
    private static final int BOX = 20;
    private static final float INK_THRESHOLD = 0.01f;

    private DigitPreprocessing() {
    }

    /**
     * Crops a drawing (ink 1 on background 0, any size) to its ink, scales it by area averaging so the longer side is
     * 20 pixels, and places it in a 28x28 frame with its centre of mass at (14, 14) in pixel-index coordinates (pixel
     * (r, c) sits at (r, c)). The shift is by whole pixels, so the centre lands within half a pixel, and never so far
     * that ink leaves the frame. Empty when no pixel exceeds 0.01.
     */
    public static Optional<float[]> mnistStyle(float[] drawing, int rows, int cols) {
        if (drawing.length != rows * cols) {
            throw new IllegalArgumentException("drawing has " + drawing.length + " pixels, not " + rows + "x" + cols);
        }
        int top = rows;
        int bottom = -1;
        int left = cols;
        int right = -1;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (drawing[r * cols + c] > INK_THRESHOLD) {
                    top = Math.min(top, r);
                    bottom = Math.max(bottom, r);
                    left = Math.min(left, c);
                    right = Math.max(right, c);
                }
            }
        }
        if (bottom < 0) {
            return Optional.empty();
        }
        int height = bottom - top + 1;
        int width = right - left + 1;
        double scale = (double) BOX / Math.max(height, width);
        int outHeight = Math.max(1, (int) Math.round(height * scale));
        int outWidth = Math.max(1, (int) Math.round(width * scale));
        double[][] down = coverage(height, outHeight);
        double[][] across = coverage(width, outWidth);
        double[][] scaled = new double[outHeight][outWidth];
        double mass = 0;
        double rowMoment = 0;
        double colMoment = 0;
        for (int o = 0; o < outHeight; o++) {
            for (int p = 0; p < outWidth; p++) {
                double sum = 0;
                for (int r = 0; r < height; r++) {
                    if (down[o][r] == 0) {
                        continue;
                    }
                    double rowSum = 0;
                    for (int c = 0; c < width; c++) {
                        rowSum += across[p][c] * drawing[(top + r) * cols + left + c];
                    }
                    sum += down[o][r] * rowSum;
                }
                scaled[o][p] = sum;
                mass += sum;
                rowMoment += sum * o;
                colMoment += sum * p;
            }
        }
        int shiftDown = placement(rowMoment / mass, outHeight);
        int shiftRight = placement(colMoment / mass, outWidth);
        float[] frame = new float[SIDE * SIDE];
        for (int o = 0; o < outHeight; o++) {
            for (int p = 0; p < outWidth; p++) {
                frame[(o + shiftDown) * SIDE + p + shiftRight] = (float) Math.min(1, scaled[o][p]);
            }
        }
        return Optional.of(frame);
    }

    /** The whole-pixel offset that brings {@code centre} nearest the frame centre while the box stays inside. */
    private static int placement(double centre, int length) {
        return (int) Math.max(0, Math.min(SIDE - length, Math.round(SIDE / 2.0 - centre)));
    }

    /** {@code weights[o][s]}: the share of output pixel o covered by source pixel s when n pixels shrink or grow to m. */
    private static double[][] coverage(int n, int m) {
        double[][] weights = new double[m][n];
        double span = (double) n / m;
        for (int o = 0; o < m; o++) {
            double start = o * span;
            double end = (o + 1) * span;
            for (int s = (int) Math.floor(start); s < Math.min(n, Math.ceil(end)); s++) {
                weights[o][s] = (Math.min(end, s + 1) - Math.max(start, s)) / span;
            }
        }
        return weights;
    }
}
