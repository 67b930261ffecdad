package org.latentexplorer.latent;

import java.util.Random;

/** TEMPORARY stub until the melody-cli branch lands. */
public final class MelodyVariations {
    private MelodyVariations() {
    }

    public static float[][] around(float[] z, int count, double similarity, Random random) {
        float[][] out = new float[count][z.length];
        for (int n = 0; n < count; n++) {
            for (int i = 0; i < z.length; i++) {
                out[n][i] = (float) (similarity * z[i] + (1 - similarity) * random.nextGaussian());
            }
        }
        return out;
    }
}
