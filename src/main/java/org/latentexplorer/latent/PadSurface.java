package org.latentexplorer.latent;

/**
 * A 2-D surface through the latent space that a pad shows (a {@link LatentPlane}, a {@link CornerBlend}): pad
 * coordinates {@code (u, v)} to a latent point, and a latent point to the pad coordinates of its place there.
 */
public interface PadSurface {
    float[] toLatent(double u, double v);

    double[] project(float[] z);

    /**
     * The latent point the melody pad plays when a corpus dot is clicked, given the dot's encoding: the point of the
     * surface the dot is drawn at. The pad and {@code evaluate} both ask this, so the figure measured is what is heard.
     */
    default float[] clickedDot(float[] encoding) {
        double[] uv = project(encoding);
        return toLatent(uv[0], uv[1]);
    }
}
