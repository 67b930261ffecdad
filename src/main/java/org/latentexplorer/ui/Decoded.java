package org.latentexplorer.ui;

/** A latent point and the image the model decoded from it. */
public record Decoded(float[] z, GrayImage image) {
}
