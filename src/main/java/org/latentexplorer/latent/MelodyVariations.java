package org.latentexplorer.latent;

import java.util.Locale;
import java.util.Random;

/**
 * Latent points "more like this one", as MusicVAE's {@code similar}: {@code z' = s·z + (1 − s)·ε} with {@code ε} drawn
 * from the prior N(0, I). Similarity 1 gives {@code z} itself every time, 0 a fresh prior sample; in between, the
 * variations stay near {@code z} and wander further the lower {@code s} is.
 */
public final class MelodyVariations {
    private MelodyVariations() {
    }

    /** {@code count} points around {@code z} at {@code similarity} (0..1), the noise drawn from {@code random}. */
    public static float[][] around(float[] z, int count, double similarity, Random random) {
        if (count < 1) {
            throw new IllegalArgumentException("variations: the count must be at least 1, got " + count);
        }
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "variations: the similarity must be between 0 (a fresh prior sample) and 1 (the melody itself), got %s", similarity));
        }
        float[][] points = new float[count][z.length];
        for (int c = 0; c < count; c++) {
            for (int i = 0; i < z.length; i++) {
                points[c][i] = (float) (similarity * z[i] + (1 - similarity) * random.nextGaussian());
            }
        }
        return points;
    }
}
