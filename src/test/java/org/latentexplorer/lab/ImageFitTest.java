package org.latentexplorer.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.GreyPicture;

class ImageFitTest {
    /** A {@code width x height} picture of grey {@code ground} with noise, and a bar of grey 1 at (left, top). */
    private static GreyPicture bar(int width, int height, float ground, int left, int top, int barWidth, int barHeight) {
        Random noise = new Random(7);
        float[] pixels = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean ink = x >= left && x < left + barWidth && y >= top && y < top + barHeight;
                pixels[y * width + x] = ink ? 1f : ground + 0.04f * (noise.nextFloat() - 0.5f);
            }
        }
        return new GreyPicture(width, height, pixels);
    }

    /** {rows with ink, columns with ink, centre-of-mass row, centre-of-mass column, darkest value outside the ink}. */
    private static double[] inkBox(float[] image) {
        int top = 28;
        int bottom = -1;
        int left = 28;
        int right = -1;
        double mass = 0;
        double rowMoment = 0;
        double colMoment = 0;
        for (int r = 0; r < 28; r++) {
            for (int c = 0; c < 28; c++) {
                float v = image[r * 28 + c];
                if (v > 0) {
                    top = Math.min(top, r);
                    bottom = Math.max(bottom, r);
                    left = Math.min(left, c);
                    right = Math.max(right, c);
                    mass += v;
                    rowMoment += v * r;
                    colMoment += v * c;
                }
            }
        }
        return new double[] {bottom - top + 1, right - left + 1, rowMoment / mass, colMoment / mass};
    }

    @Test
    void mnistFitCentresTheInkOfABigNoisyPictureAndBlackensItsGround() {
        // a photo-sized picture, light ink on a grey ground, the ink off in a corner
        float[] image = ImageFit.MNIST.square(bar(1200, 900, 0.3f, 40, 700, 300, 150)).orElseThrow();
        double[] box = inkBox(image);
        assertEquals(10, box[0], 1, "the bar's height, scaled with its width");
        assertEquals(20, box[1], "the longer side fills 20 pixels");
        assertEquals(14, box[2], 1, "centre of mass at the middle row");
        assertEquals(14, box[3], 1, "centre of mass at the middle column");
        assertEquals(0f, image[0], "the grey ground and its noise became black");
        assertEquals(1f, image[14 * 28 + 14], 0.01, "the ink became white");
    }

    @Test
    void resizeKeepsThePictureAsItIs() {
        float[] image = ImageFit.RESIZE.square(bar(280, 280, 0f, 0, 0, 140, 140)).orElseThrow();
        assertEquals(1f, image[0], 1e-6, "the bar stays in its corner");
        assertEquals(0f, image[27 * 28 + 27], 0.03, "and the rest stays ground");
        double[] box = inkBox(Arrays.copyOf(threshold(image), 784));
        assertEquals(14, box[0]);
        assertEquals(14, box[1]);
    }

    @Test
    void aPictureOfOneGreyHasNoInkToCentre() {
        assertTrue(ImageFit.MNIST.square(bar(100, 80, 0.5f, 0, 0, 0, 0)).isEmpty());
        assertTrue(ImageFit.RESIZE.square(bar(100, 80, 0.5f, 0, 0, 0, 0)).isPresent(), "a plain resize keeps any picture");
    }

    private static float[] threshold(float[] image) {
        float[] out = image.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = out[i] > 0.5f ? out[i] : 0f;
        }
        return out;
    }
}
