package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.ImageSet;

class PcaModelTest {
    private static final int SIDE = 4;
    private static final int D = SIDE * SIDE;

    @TempDir
    Path dir;

    private static double[] unit(double... values) {
        double norm = 0;
        for (double v : values) {
            norm += v * v;
        }
        double[] u = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            u[i] = values[i] / Math.sqrt(norm);
        }
        return u;
    }

    /** The known principal directions: u (standard deviation 0.2) and w (0.1), orthogonal; noise 0.005 on every pixel. */
    private static final double[] U = unit(1, 2, 0, -1, 0, 1, 1, 0, 0, 0, 2, 0, 1, 0, 0, -1);
    private static final double[] W = unit(0, 0, 1, 0, 1, 0, 0, 1, 1, -1, 0, 1, 0, 1, 1, 0);

    private static ImageSet synthetic(int count, long seed) {
        Random random = new Random(seed);
        float[] pixels = new float[count * D];
        for (int i = 0; i < count; i++) {
            double a = 0.2 * random.nextGaussian();
            double b = 0.1 * random.nextGaussian();
            for (int j = 0; j < D; j++) {
                pixels[i * D + j] = (float) (0.5 + a * U[j] + b * W[j] + 0.005 * random.nextGaussian());
            }
        }
        return new ImageSet(pixels, count, SIDE, SIDE);
    }

    private static double dot(float[] x, double[] y) {
        double sum = 0;
        for (int j = 0; j < x.length; j++) {
            sum += x[j] * y[j];
        }
        return sum;
    }

    @Test
    void theKnownDirectionsAndTheirVariancesAreFoundInOrder() {
        assertEquals(0, dot(toFloat(U), W), 1e-12, "test directions are orthogonal");
        PcaModel pca = PcaModel.fit(synthetic(20_000, 1), 3);
        assertEquals(1, Math.abs(dot(pca.component(0), U)), 1e-4, "first axis along u");
        assertEquals(1, Math.abs(dot(pca.component(1), W)), 1e-3, "second axis along w");
        double[] variance = pca.explainedVariance();
        assertEquals(0.04, variance[0], 0.04 * 0.03);
        assertEquals(0.01, variance[1], 0.01 * 0.03);
        assertEquals(0.005 * 0.005, variance[2], 0.005 * 0.005 * 0.2, "the third axis holds only noise");
        assertEquals((0.04 + 0.01 + 0.005 * 0.005 * D), pca.totalVariance(), 0.05 * 0.03);
        assertTrue(pca.explainedVarianceRatio() > 0.99, "two directions hold nearly everything: " + pca.explainedVarianceRatio());
        float[] mean = pca.mean();
        for (float m : mean) {
            assertEquals(0.5, m, 0.01);
        }
    }

    @Test
    void axesAreOrthonormalAndOrderedOnMixedData() {
        Random random = new Random(3);
        int count = 3000;
        float[] pixels = new float[count * D];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) Math.max(0, Math.min(1, 0.5 + 0.3 * random.nextGaussian() * ((i % D) + 1) / D));
        }
        PcaModel pca = PcaModel.fit(new ImageSet(pixels, count, SIDE, SIDE), D);
        for (int a = 0; a < D; a++) {
            for (int b = 0; b < D; b++) {
                double expected = a == b ? 1 : 0;
                assertEquals(expected, dot(pca.component(a), toDouble(pca.component(b))), 1e-5, "axes " + a + ", " + b);
            }
            if (a > 0) {
                assertTrue(pca.explainedVariance()[a] <= pca.explainedVariance()[a - 1], "decreasing variance at " + a);
            }
        }
        assertEquals(1, pca.explainedVarianceRatio(), 1e-9, "all axes explain everything");
        float[] codes = pca.transform(pixels, count);
        float[] back = pca.inverse(codes, count);
        assertArrayEquals(pixels, back, 1e-5f, "with every axis an image comes back exactly");
    }

    @Test
    void reconstructionsImproveWithMoreComponentsAndBeatTheMeanImage() {
        ImageSet train = synthetic(2000, 5);
        ImageSet test = synthetic(500, 6);
        double meanImageError = Reconstruction.mean(Reconstruction.squaredErrors(repeat(PcaModel.fit(train, 1).mean(), test.count()),
                test.pixels(), D));
        double previous = meanImageError;
        for (int k = 1; k <= 3; k++) {
            double error = PcaModel.fit(train, k).evaluate(test).meanSquaredError();
            assertTrue(error < previous, k + " components: " + error + " should be below " + previous);
            previous = error;
        }
        assertTrue(previous < meanImageError / 100, "three axes leave only the noise: " + previous + " vs " + meanImageError);
    }

    @Test
    void transformProjectsTheOffsetFromTheMeanAndInverseClamps() {
        PcaModel pca = PcaModel.fit(synthetic(5000, 7), 1);
        float[] image = new float[D];
        float[] mean = pca.mean();
        float[] axis = pca.component(0);
        for (int j = 0; j < D; j++) {
            image[j] = mean[j] + 0.3f * axis[j];
        }
        assertEquals(0.3f, pca.transform(image, 1)[0], 1e-5f);
        float[] far = pca.inverse(new float[] {100f}, 1);
        for (float v : far) {
            assertTrue(v >= 0f && v <= 1f, "clamped pixel " + v);
        }
    }

    @Test
    void theEigenSolverRecoversAKnownDecompositionInDecreasingOrderAndSignedByTheLargestEntry() {
        // Q: the Householder reflection I - 2 h h^T / (h^T h), an orthogonal matrix with no zero entry; its columns are
        // the eigenvectors, given out of order with eigenvalues 1, 5, 0.5 and 3.
        double[] h = {1, 2, -1, 3};
        int n = h.length;
        double[] eigenvalues = {1, 5, 0.5, 3};
        double hh = 0;
        for (double v : h) {
            hh += v * v;
        }
        double[][] q = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                q[r][c] = (r == c ? 1 : 0) - 2 * h[r] * h[c] / hh;
            }
        }
        double[] matrix = new double[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                for (int i = 0; i < n; i++) {
                    matrix[r * n + c] += q[r][i] * eigenvalues[i] * q[c][i];
                }
            }
        }
        double[] untouched = matrix.clone();

        PcaModel.Eigen eigen = PcaModel.leadingEigenvectors(matrix, n, 3);

        assertArrayEquals(untouched, matrix, "the input is not modified");
        assertArrayEquals(new double[] {5, 3, 1}, eigen.values(), 1e-12);
        int[] column = {1, 3, 0};
        for (int i = 0; i < 3; i++) {
            double[] expected = new double[n];
            int largest = 0;
            for (int r = 0; r < n; r++) {
                expected[r] = q[r][column[i]];
                largest = Math.abs(expected[r]) > Math.abs(expected[largest]) ? r : largest;
            }
            double sign = Math.signum(expected[largest]);
            for (int r = 0; r < n; r++) {
                assertEquals(sign * expected[r], eigen.vectors()[i][r], 1e-12, "vector " + i + " entry " + r);
            }
        }
    }

    @Test
    void writeThenReadGivesTheSameModelAndMismatchesAreNamed() throws IOException {
        PcaModel pca = PcaModel.fit(synthetic(1000, 8), 2);
        Path file = dir.resolve(PcaModel.FILE);
        pca.write(file);
        PcaModel back = PcaModel.read(file, pca.config());
        assertArrayEquals(pca.components(), back.components());
        assertArrayEquals(pca.mean(), back.mean());
        assertArrayEquals(pca.explainedVariance(), back.explainedVariance());
        float[] images = synthetic(3, 9).pixels();
        assertArrayEquals(pca.transform(images, 3), back.transform(images, 3));

        ModelFormatException sizes = assertThrows(ModelFormatException.class, () -> PcaModel.read(file, new PcaConfig(SIDE, SIDE, 3)));
        assertTrue(sizes.getMessage().contains(PcaModel.FILE) && sizes.getMessage().contains("components 3"), sizes.getMessage());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 9));
        ModelFormatException truncated = assertThrows(ModelFormatException.class, () -> PcaModel.read(file, pca.config()));
        assertTrue(truncated.getMessage().contains("truncated"), truncated.getMessage());
    }

    private static float[] repeat(float[] image, int times) {
        float[] all = new float[image.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(image, 0, all, i * image.length, image.length);
        }
        return all;
    }

    private static float[] toFloat(double[] values) {
        float[] f = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            f[i] = (float) values[i];
        }
        return f;
    }

    private static double[] toDouble(float[] values) {
        double[] d = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            d[i] = values[i];
        }
        return d;
    }
}
