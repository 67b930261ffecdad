package org.latentexplorer.model;

/** How the encoder and decoder are built. */
public enum Architecture {
    /** Fully connected layers over the flattened image. */
    MLP,
    /** Two strided convolutions down, a dense bottleneck, twice nearest-neighbour upsampling and a convolution up. */
    CONV
}
