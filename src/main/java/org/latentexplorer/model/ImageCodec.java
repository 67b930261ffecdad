package org.latentexplorer.model;

import ai.djl.Device;

/**
 * What the explorer needs of an image VAE, whoever trained it: ours ({@link ImageVae}) or one imported from
 * TorchScript ({@link TorchScriptVae}). Images and points are flat arrays, one after another; no NDArray leaves.
 */
public sealed interface ImageCodec extends AutoCloseable permits ImageVae, TorchScriptVae {
    int latentSize();

    /** Pixel intensities in [0, 1] for {@code count} latent points laid out one after another in {@code z}. */
    float[] decode(float[] z, int count);

    /** Encoder means for {@code count} images laid out one after another in {@code images}. */
    float[] encodeMeans(float[] images, int count);

    Device device();

    @Override
    void close();
}
