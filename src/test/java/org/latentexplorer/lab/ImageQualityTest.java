package org.latentexplorer.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.ImageSet;

class ImageQualityTest {
    private static final int SIDE = 28;

    /** A smooth blob with a stroke-like ridge: enough structure that SSIM has something to lose. */
    private static float[] digitLike() {
        float[] image = new float[SIDE * SIDE];
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                double ring = Math.hypot(r - 13.5, c - 13.5) - 7;
                image[r * SIDE + c] = (float) Math.exp(-ring * ring / 4);
            }
        }
        return image;
    }

    private static float[] constant(float value) {
        float[] image = new float[SIDE * SIDE];
        Arrays.fill(image, value);
        return image;
    }

    @Test
    void identicalImagesHavePerfectScores() {
        float[] image = digitLike();
        assertEquals(1.0, ImageQuality.ssim(image, image.clone(), SIDE, SIDE), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, ImageQuality.psnr(image, image.clone()));
        assertEquals(0.0, ImageQuality.mse(image, image.clone()));
    }

    @Test
    void measuresAreSymmetric() {
        float[] a = digitLike();
        float[] b = noisy(a, 0.1, new Random(3));
        assertEquals(ImageQuality.ssim(a, b, SIDE, SIDE), ImageQuality.ssim(b, a, SIDE, SIDE), 1e-12);
        assertEquals(ImageQuality.psnr(a, b), ImageQuality.psnr(b, a), 1e-12);
        assertEquals(ImageQuality.mse(a, b), ImageQuality.mse(b, a), 1e-15);
    }

    @Test
    void psnrOfAUniformErrorIsMinusTenLogOfItsSquare() {
        float e = 0.125f;
        float[] reference = new float[SIDE * SIDE];
        float[] test = new float[SIDE * SIDE];
        for (int i = 0; i < reference.length; i++) {
            reference[i] = e + (i % 200) / 256f;
            test[i] = i % 2 == 0 ? reference[i] + e : reference[i] - e;
        }
        assertEquals(e * e, ImageQuality.mse(reference, test), 1e-15);
        assertEquals(-10 * Math.log10(e * e), ImageQuality.psnr(reference, test), 1e-12);
    }

    @Test
    void constantImagesKeepOnlyTheLuminanceTerm() {
        double c1 = 0.01 * 0.01;
        for (float[] ab : new float[][] {{0.2f, 0.7f}, {0f, 1f}, {0.5f, 0.5f}, {0f, 0f}}) {
            double a = ab[0];
            double b = ab[1];
            double expected = (2 * a * b + c1) / (a * a + b * b + c1);
            assertEquals(expected, ImageQuality.ssim(constant(ab[0]), constant(ab[1]), SIDE, SIDE), 1e-12, "a=" + a + " b=" + b);
        }
    }

    @Test
    void ssimFallsAsNoiseGrows() {
        float[] clean = digitLike();
        double previous = 1.0;
        for (double sigma : new double[] {0.01, 0.03, 0.1, 0.2, 0.4, 0.8}) {
            double ssim = ImageQuality.ssim(clean, noisy(clean, sigma, new Random(7)), SIDE, SIDE);
            assertTrue(ssim < previous, "sigma " + sigma + " gave " + ssim + ", not below " + previous);
            previous = ssim;
        }
        assertTrue(previous < 0.3, "heavy noise leaves little structure: " + previous);
    }

    @Test
    void ssimMatchesScikitImage() {
        // skimage 0.19.3: structural_similarity(x, y, data_range=1, gaussian_weights=True, sigma=1.5,
        // use_sample_covariance=False) on the same float32 images, passed as float64
        assertEquals(0.8699411950343618, ImageQuality.ssim(waves(28, 28), wavesWithNoise(28, 28), 28, 28), 1e-12);
        assertEquals(0.8649994099578139, ImageQuality.ssim(waves(20, 31), wavesWithNoise(20, 31), 20, 31), 1e-12);
    }

    @Test
    void crossEntropyMatchesTheBernoulliFormula() {
        float[] target = {0f, 1f, 0.25f, 1f};
        float[] reconstruction = {0.5f, 0.5f, 0.25f, 0f};
        double expected = Math.log(2) + Math.log(2)
                - (0.25 * Math.log(0.25) + 0.75 * Math.log(0.75))
                - Math.log(1e-7);
        assertEquals(expected, ImageQuality.bce(target, reconstruction), 1e-6);
    }

    @Test
    void batchMeansAverageThePerImageMeasures() {
        float[] a = digitLike();
        float[] b = noisy(a, 0.05, new Random(1));
        float[] c = constant(0.3f);
        float[] d = constant(0.4f);
        ImageSet reference = new ImageSet(concat(a, c), 2, SIDE, SIDE);
        ImageSet test = new ImageSet(concat(b, d), 2, SIDE, SIDE);
        ImageQuality.Means means = ImageQuality.means(reference, test);
        assertEquals((ImageQuality.mse(a, b) + 0.01) / 2, means.mse(), 1e-9);
        assertEquals((ImageQuality.psnr(a, b) + 20) / 2, means.psnr(), 1e-5);
        assertEquals((ImageQuality.ssim(a, b, SIDE, SIDE) + ImageQuality.ssim(c, d, SIDE, SIDE)) / 2, means.ssim(), 1e-12);
        assertEquals((ImageQuality.bce(a, b) + ImageQuality.bce(c, d)) / 2, means.bce(), 1e-9);
    }

    @Test
    void meanPsnrIsTheTrainersFigureAndStaysFiniteForAnUntouchedImage() {
        float[] a = digitLike();
        float[] b = noisy(a, 0.05, new Random(2));
        ImageSet reference = new ImageSet(concat(a, a), 2, SIDE, SIDE);
        ImageSet test = new ImageSet(concat(b, a), 2, SIDE, SIDE);
        double expected = org.latentexplorer.model.Reconstruction.meanPsnr(
                org.latentexplorer.model.Reconstruction.squaredErrors(test.pixels(), reference.pixels(), SIDE * SIDE));
        assertEquals(expected, ImageQuality.meanPsnr(reference, test), 0, "the same figure, to the last bit");
        assertEquals((ImageQuality.psnr(a, b) + 100) / 2, ImageQuality.meanPsnr(reference, test), 1e-5, "an untouched image counts 100 dB");
        assertThrows(IllegalArgumentException.class, () -> ImageQuality.meanPsnr(reference, new ImageSet(b, 1, SIDE, SIDE)));
    }

    @Test
    void tooSmallOrMismatchedImagesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ImageQuality.ssim(new float[100], new float[100], 10, 10));
        assertThrows(IllegalArgumentException.class, () -> ImageQuality.mse(new float[4], new float[5]));
    }

    private static float[] waves(int rows, int cols) {
        float[] image = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                image[r * cols + c] = (float) (0.5 + 0.4 * Math.sin(0.7 * r + 0.3 * c) * Math.cos(0.2 * r - 0.5 * c));
            }
        }
        return image;
    }

    private static float[] wavesWithNoise(int rows, int cols) {
        float[] image = waves(rows, cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = image[r * cols + c] + 0.15 * Math.sin(1.3 * r * c + 0.1 * r);
                image[r * cols + c] = (float) Math.min(1, Math.max(0, v));
            }
        }
        return image;
    }

    private static float[] noisy(float[] image, double sigma, Random random) {
        float[] out = new float[image.length];
        for (int i = 0; i < image.length; i++) {
            out[i] = (float) (image[i] + sigma * random.nextGaussian());
        }
        return out;
    }

    private static float[] concat(float[] a, float[] b) {
        float[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
