package org.latentexplorer.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.ImageSet;

class BicubicTest {
    @Test
    void constantStaysConstant() {
        float[] image = new float[14 * 14];
        Arrays.fill(image, 0.37f);
        for (float v : Bicubic.upscale(image, 14, 14, 3)) {
            assertEquals(0.37f, v, 1e-6);
        }
    }

    @Test
    void linearRampIsReproducedAwayFromTheBorder() {
        int rows = 12;
        int cols = 14;
        int factor = 4;
        float[] image = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                image[r * cols + c] = (float) ramp(r, c);
            }
        }
        float[] big = Bicubic.upscale(image, rows, cols, factor);
        int checked = 0;
        for (int r = 0; r < rows * factor; r++) {
            for (int c = 0; c < cols * factor; c++) {
                double sr = (r + 0.5) / factor - 0.5;
                double sc = (c + 0.5) / factor - 0.5;
                if (Math.floor(sr) >= 1 && Math.floor(sr) + 2 <= rows - 1 && Math.floor(sc) >= 1 && Math.floor(sc) + 2 <= cols - 1) {
                    assertEquals(ramp(sr, sc), big[r * cols * factor + c], 1e-6, "at " + r + "," + c);
                    checked++;
                }
            }
        }
        assertTrue(checked > rows * cols * factor * factor / 2, "most of the image is interior: " + checked);
    }

    @Test
    void oddFactorHitsSourcePixelCentresExactly() {
        float[] image = new float[9 * 11];
        Random random = new Random(5);
        for (int i = 0; i < image.length; i++) {
            image[i] = random.nextFloat();
        }
        float[] big = Bicubic.upscale(image, 9, 11, 3);
        for (int r = 0; r < 9; r++) {
            for (int c = 0; c < 11; c++) {
                assertEquals(image[r * 11 + c], big[(3 * r + 1) * 33 + 3 * c + 1], 1e-6);
            }
        }
    }

    @Test
    void sharpEdgesRingButStayInRange() {
        float[] image = new float[16 * 16];
        for (int i = 0; i < image.length; i++) {
            image[i] = (i % 16) < 8 ? 0f : 1f;
        }
        for (float v : Bicubic.upscale(image, 16, 16, 4)) {
            assertTrue(v >= 0 && v <= 1, "clamped to [0, 1]: " + v);
        }
    }

    @Test
    void beatsNearestNeighbourOnASmoothImage() {
        int big = 28;
        float[] truth = new float[big * big];
        for (int r = 0; r < big; r++) {
            for (int c = 0; c < big; c++) {
                double dy = r + 0.5 - 13;
                double dx = c + 0.5 - 15;
                truth[r * big + c] = (float) (0.9 * Math.exp(-(dx * dx / 50 + dy * dy / 30)));
            }
        }
        int small = big / 2;
        float[] averaged = new float[small * small];
        for (int r = 0; r < small; r++) {
            for (int c = 0; c < small; c++) {
                int i = 2 * r * big + 2 * c;
                averaged[r * small + c] = (truth[i] + truth[i + 1] + truth[i + big] + truth[i + big + 1]) / 4;
            }
        }
        double bicubic = ImageQuality.psnr(truth, Bicubic.upscale(averaged, small, small, 2));
        double nearest = ImageQuality.psnr(truth, nearest(averaged, small, 2));
        assertTrue(bicubic > nearest + 10, "bicubic " + bicubic + " dB vs nearest " + nearest + " dB");
    }

    @Test
    void batchUpscalesEachImage() {
        float[] a = new float[4 * 5];
        float[] b = new float[4 * 5];
        for (int i = 0; i < a.length; i++) {
            a[i] = i / 20f;
            b[i] = 1 - i / 40f;
        }
        float[] both = Arrays.copyOf(a, 40);
        System.arraycopy(b, 0, both, 20, 20);
        ImageSet big = Bicubic.upscale(new ImageSet(both, 2, 4, 5), 2);
        assertEquals(2, big.count());
        assertEquals(8, big.rows());
        assertEquals(10, big.cols());
        assertArrayEquals(Bicubic.upscale(a, 4, 5, 2), big.image(0));
        assertArrayEquals(Bicubic.upscale(b, 4, 5, 2), big.image(1));
    }

    private static double ramp(double r, double c) {
        return 0.05 + 0.03 * r + 0.04 * c;
    }

    private static float[] nearest(float[] image, int side, int factor) {
        int outSide = side * factor;
        float[] out = new float[outSide * outSide];
        for (int r = 0; r < outSide; r++) {
            for (int c = 0; c < outSide; c++) {
                out[r * outSide + c] = image[r / factor * side + c / factor];
            }
        }
        return out;
    }
}
