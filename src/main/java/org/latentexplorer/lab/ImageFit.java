package org.latentexplorer.lab;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.latentexplorer.data.GreyPicture;
import org.latentexplorer.data.ImageFolder;

/** How a picture of any size becomes a 28x28 training image (light ink on a dark ground). */
public enum ImageFit implements ImageFolder.Fit {
    /**
     * As MNIST was made ({@link DigitPreprocessing#mnistStyle}): the background (the border's median grey) made black and
     * the brightest ink white, faint specks dropped, the ink's box scaled into 20x20 keeping its shape, and its centre of
     * mass put at the centre of the 28x28 frame.
     */
    MNIST {
        @Override
        public Optional<float[]> square(GreyPicture picture) {
            GreyPicture small = picture.fittedWithin(WORKING_SIDE);
            return levelled(small.pixels(), small.width(), small.height())
                    .flatMap(ink -> DigitPreprocessing.mnistStyle(ink, small.height(), small.width()));
        }
    },
    /** The whole picture averaged down (or enlarged) to 28x28, its shape and margins as they are. */
    RESIZE {
        @Override
        public Optional<float[]> square(GreyPicture picture) {
            return Optional.of(picture.resized(DigitPreprocessing.SIDE, DigitPreprocessing.SIDE).pixels());
        }
    };

    /** Large pictures are shrunk to this side before the ink is found: 28 times the 20 pixels the ink ends up in. */
    private static final int WORKING_SIDE = 560;
    /** Ink fainter than this, after levelling, is background noise (paper grain, JPEG ringing). */
    private static final float SPECK = 0.15f;
    /** A picture whose ink is not this much brighter than its ground shows nothing. */
    private static final float MIN_CONTRAST = 0.05f;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The ink from 0 (the border's median) to 1 (the brightest pixel), specks dropped; empty for a picture of one grey. */
    static Optional<float[]> levelled(float[] pixels, int width, int height) {
        float[] border = new float[2 * (width + height)];
        int count = 0;
        float peak = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float p = pixels[y * width + x];
                peak = Math.max(peak, p);
                if ((y == 0 || x == 0 || y == height - 1 || x == width - 1)) {
                    border[count++] = p;
                }
            }
        }
        Arrays.sort(border, 0, count);
        float ground = border[count / 2];
        if (peak - ground < MIN_CONTRAST) {
            return Optional.empty();
        }
        float[] ink = new float[pixels.length];
        for (int i = 0; i < ink.length; i++) {
            float level = (pixels[i] - ground) / (peak - ground);
            ink[i] = level < SPECK ? 0f : Math.min(1f, level);
        }
        return Optional.of(ink);
    }
}
