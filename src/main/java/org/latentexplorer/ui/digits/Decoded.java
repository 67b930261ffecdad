package org.latentexplorer.ui.digits;

import org.latentexplorer.ui.widgets.GrayImage;

/** A latent point and the image the model decoded from it. */
public record Decoded(float[] z, GrayImage image) {
}
