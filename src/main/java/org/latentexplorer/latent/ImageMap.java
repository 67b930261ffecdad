package org.latentexplorer.latent;

/**
 * A 2-D map of 28x28 images and the way back: a VAE's encoder means, a plain autoencoder's codes, or
 * the first two principal components. Images and points are flat arrays, one after another.
 */
public interface ImageMap extends AutoCloseable {
    /** What kind of map this is, as the lesson names it: "VAE", "Autoencoder", "PCA". */
    String title();

    /** The model's name (its folder). */
    String modelName();

    /** Two values per image. */
    float[] encode(float[] images, int count);

    /** One 28x28 image per point, intensities in [0, 1]. */
    float[] decode(float[] points, int count);

    @Override
    void close();
}
