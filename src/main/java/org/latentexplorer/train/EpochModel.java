package org.latentexplorer.train;

import org.latentexplorer.model.LatentMap;

/**
 * An image VAE between two epochs of its run, handed to {@link ProgressListener#epochModel}: what a window shows of
 * the model as it learns. Valid only during that call, on the training thread.
 */
public interface EpochModel {
    /** The epoch just done, from 1. */
    int epoch();

    int latentSize();

    /** The encoder means of the test images, with their labels. */
    LatentMap testMap();

    /** Pixel probabilities for {@code count} latent points laid out one after another in {@code z}. */
    float[] decode(float[] z, int count);
}
