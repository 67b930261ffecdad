package org.latentexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Variations around a point: z' = s·z + (1 − s)·ε, ε from the prior. */
class MelodyVariationsTest {
    private static final float[] Z = {2f, -1f, 0.5f, 3f};

    @Test
    void similarityOneIsThePointItselfAndZeroIsAPriorSampleThatForgetsIt() {
        for (float[] v : MelodyVariations.around(Z, 5, 1.0, new Random(1))) {
            assertArrayEquals(Z, v, 1e-6f);
        }
        float[][] fromZ = MelodyVariations.around(Z, 3, 0.0, new Random(7));
        float[][] fromElsewhere = MelodyVariations.around(new float[] {-9f, 9f, 9f, -9f}, 3, 0.0, new Random(7));
        Random prior = new Random(7);
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(fromElsewhere[c], fromZ[c], 1e-6f, "similarity 0 does not depend on z");
            for (float value : fromZ[c]) {
                assertEquals((float) prior.nextGaussian(), value, 1e-6f, "the noise is N(0, 1) from the given generator");
            }
        }
    }

    @Test
    void theNoiseIsThePriorScaledByOneMinusSimilarity() {
        double s = 0.8;
        float[][] points = MelodyVariations.around(Z, 4000, s, new Random(3));
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (float[] p : points) {
            for (int i = 0; i < Z.length; i++) {
                double noise = (p[i] - s * Z[i]) / (1 - s);
                sum += noise;
                squares += noise * noise;
                n++;
            }
        }
        double mean = sum / n;
        assertEquals(0, mean, 0.05, "noise mean");
        assertEquals(1, squares / n - mean * mean, 0.05, "noise variance");
    }

    @Test
    void lowerSimilarityWandersFurther() {
        double near = meanDistance(0.9);
        double far = meanDistance(0.5);
        assertTrue(near < far, near + " should be below " + far);
    }

    @Test
    void aCountBelowOneOrASimilarityOutside0To1IsOneClearLine() {
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class, () -> MelodyVariations.around(Z, 0, 0.5, new Random(1)));
        assertEquals("variations: the count must be at least 1, got 0", count.getMessage());
        for (double bad : new double[] {-0.1, 1.5, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MelodyVariations.around(Z, 3, bad, new Random(1)));
            assertTrue(e.getMessage().contains("between 0") && e.getMessage().contains("got " + bad), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), "one line");
        }
    }

    private static double meanDistance(double similarity) {
        double total = 0;
        float[][] points = MelodyVariations.around(Z, 200, similarity, new Random(5));
        for (float[] p : points) {
            double d = 0;
            for (int i = 0; i < Z.length; i++) {
                d += (p[i] - Z[i]) * (p[i] - Z[i]);
            }
            total += Math.sqrt(d);
        }
        return total / points.length;
    }
}
