package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ImageNoiseTest {
    private static final int PIXELS = 200_000;

    private static float[] grey(float level) {
        float[] pixels = new float[PIXELS];
        Arrays.fill(pixels, level);
        return pixels;
    }

    @Test
    void gaussianNoiseAwayFromTheClampHasMeanZeroAndTheAskedSpread() {
        float[] clean = grey(0.5f);
        float[] noisy = ImageNoise.gaussian(0.05f).apply(clean, new SplittableRandom(1));
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < PIXELS; i++) {
            double d = noisy[i] - clean[i];
            sum += d;
            squares += d * d;
        }
        double mean = sum / PIXELS;
        double sd = Math.sqrt(squares / PIXELS - mean * mean);
        assertEquals(0, mean, 0.001, "mean of the noise");
        assertEquals(0.05, sd, 0.001, "standard deviation of the noise");
        assertEquals(0.5f, clean[0], "the input is not changed");
    }

    @Test
    void gaussianNoiseIsClampedToTheUnitInterval() {
        float[] noisy = ImageNoise.gaussian(2f).apply(grey(0.9f), new SplittableRandom(2));
        long atOne = 0;
        for (float v : noisy) {
            assertTrue(v >= 0f && v <= 1f, "pixel " + v);
            atOne += v == 1f ? 1 : 0;
        }
        assertTrue(atOne > PIXELS / 3, "strong noise saturates many pixels, got " + atOne);
    }

    @Test
    void saltAndPepperSetsTheAskedFractionToBlackOrWhite() {
        float[] noisy = ImageNoise.saltAndPepper(0.2f).apply(grey(0.5f), new SplittableRandom(3));
        int salt = 0;
        int pepper = 0;
        for (float v : noisy) {
            if (v == 1f) {
                salt++;
            } else if (v == 0f) {
                pepper++;
            } else {
                assertEquals(0.5f, v);
            }
        }
        assertEquals(0.2, (salt + pepper) / (double) PIXELS, 0.005, "fraction of corrupted pixels");
        assertEquals(0.5, salt / (double) (salt + pepper), 0.01, "half salt, half pepper");
    }

    @Test
    void theSameSeedGivesTheSameNoiseAndAnotherSeedOther() {
        ImageSet set = new ImageSet(grey(0.3f), 1, 400, 500);
        for (ImageNoise noise : new ImageNoise[] {ImageNoise.gaussian(0.3f), ImageNoise.saltAndPepper(0.1f)}) {
            assertArrayEquals(noise.apply(set, 7).pixels(), noise.apply(set, 7).pixels(), noise.describe());
            assertFalse(Arrays.equals(noise.apply(set, 7).pixels(), noise.apply(set, 8).pixels()), noise.describe());
        }
    }

    @Test
    void aRangeDrawsBothKindsWithStrengthsInsideTheirBounds() {
        ImageNoise.Range range = new ImageNoise.Range(0.1f, 0.5f, 0.05f, 0.25f);
        SplittableRandom random = new SplittableRandom(4);
        int gaussian = 0;
        for (int i = 0; i < 2000; i++) {
            ImageNoise noise = range.draw(random);
            if (noise.kind() == ImageNoise.Kind.GAUSSIAN) {
                gaussian++;
                assertTrue(noise.strength() >= 0.1f && noise.strength() <= 0.5f, noise.describe());
            } else {
                assertTrue(noise.strength() >= 0.05f && noise.strength() <= 0.25f, noise.describe());
            }
        }
        assertEquals(1000, gaussian, 100, "even odds of the two kinds");
        assertEquals(range.draw(new SplittableRandom(9)), range.draw(new SplittableRandom(9)));
    }

    @Test
    void impossibleStrengthsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ImageNoise.gaussian(-0.1f));
        assertThrows(IllegalArgumentException.class, () -> ImageNoise.saltAndPepper(1.5f));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ImageNoise.Range(0.5f, 0.1f, 0f, 0.1f));
        assertTrue(e.getMessage().contains("sigma"), e.getMessage());
    }
}
