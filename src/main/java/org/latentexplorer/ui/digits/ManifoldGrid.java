package org.latentexplorer.ui.digits;

import org.latentexplorer.latent.LatentPlane;
import org.latentexplorer.ui.widgets.GrayImage;
import org.latentexplorer.ui.widgets.Viewport;

/** A {@code size x size} tiling of digits decoded at the cell centres of a view of a plane, top row first. */
public record ManifoldGrid(Viewport view, int size, GrayImage image) {

    /** Latent points at the cell centres, row by row from the top (highest v) down. */
    public static float[][] points(LatentPlane plane, Viewport view, int size) {
        float[][] zs = new float[size * size][];
        double cell = 2 * view.halfSpan() / size;
        for (int row = 0; row < size; row++) {
            double v = view.maxV() - (row + 0.5) * cell;
            for (int col = 0; col < size; col++) {
                double u = view.minU() + (col + 0.5) * cell;
                zs[row * size + col] = plane.toLatent(u, v);
            }
        }
        return zs;
    }
}
