package org.latentexplorer.latent;

import java.util.Arrays;
import java.util.Random;
import org.latentexplorer.data.Melody;

/** Decoding a melody at a latent point so that the same point always gives the same melody. */
public final class SeededDecoding {
    private SeededDecoding() {
    }

    /**
     * The melody at {@code z}: the most likely one at temperature 0, else one drawn with a random
     * generator seeded by the point itself, so the same point always plays the same melody (dragging
     * back to a spot brings its melody back).
     */
    public static Melody decode(MelodySpace space, float[] z, double temperature) {
        return space.decode(z, temperature, temperature == 0 ? null : new Random(seedFor(z)));
    }

    /** The sampling seed of a latent point. */
    public static long seedFor(float[] z) {
        return 0x5DEECE66DL * Arrays.hashCode(z) + 11;
    }
}
