package org.latentexplorer.train;

import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.model.LatentMap;

/** The codes of a labelled set, encoded a thousand images at a time, as a {@link LatentMap}. */
final class LatentMaps {
    private static final int CHUNK = 1000;

    /** Encodes {@code count} images laid out one after another into {@code count x dimensions} numbers. */
    @FunctionalInterface
    interface Encoder {
        float[] encode(float[] images, int count);
    }

    private LatentMaps() {
    }

    static LatentMap of(LabeledImages set, int dimensions, Encoder encoder) {
        float[] codes = new float[set.count() * dimensions];
        int pixels = set.images().imageSize();
        for (int start = 0; start < set.count(); start += CHUNK) {
            int n = Math.min(CHUNK, set.count() - start);
            float[] images = new float[n * pixels];
            System.arraycopy(set.images().pixels(), start * pixels, images, 0, images.length);
            float[] encoded = encoder.encode(images, n);
            System.arraycopy(encoded, 0, codes, start * dimensions, encoded.length);
        }
        return new LatentMap(codes, set.labels().clone(), dimensions);
    }
}
