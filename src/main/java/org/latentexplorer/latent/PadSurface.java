package org.latentexplorer.latent;

/**
 * A 2-D surface through the latent space that a pad shows (a {@link LatentPlane}, a {@link CornerBlend}): pad
 * coordinates {@code (u, v)} to a latent point, and a latent point to the pad coordinates of its place there.
 */
public interface PadSurface {
    float[] toLatent(double u, double v);

    double[] project(float[] z);

    /**
     * The latent point the melody pad plays when a corpus dot is clicked, given the dot's encoding: the encoding itself,
     * so a click plays that dot's own melody (the puck shows its projection; dragging from there decodes the surface).
     * The pad and {@code evaluate} both ask this, so the figure measured is what is heard.
     */
    default float[] clickedDot(float[] encoding) {
        return encoding.clone();
    }
}
