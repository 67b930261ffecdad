package org.latentexplorer.latent;

import java.util.Arrays;
import org.latentexplorer.model.LatentMap;

/**
 * The square of a pad surface the Melodies pad frames when it opens: its centre {@code (centerU, centerV)} and the
 * distance {@code halfSpan} from the centre to each edge, in the surface's units. The pad and {@code evaluate} both
 * take it from here, so the grid measured is the one the user sees.
 */
public record PadWindow(double centerU, double centerV, double halfSpan) {
    /** What a pad with no corpus to frame shows: the prior's bulk around the origin. */
    public static final PadWindow PRIOR = new PadWindow(0, 0, 3.5);
    private static final double MARGIN = 1.3;
    private static final double MIN_HALF_SPAN = 0.25;

    /**
     * Frames the 1st to 99th percentile of the points on both axes with a margin (a melody corpus may sit tighter
     * than the prior); {@link #PRIOR} when there are no points.
     */
    public static PadWindow framing(double[] us, double[] vs) {
        if (us.length == 0) {
            return PRIOR;
        }
        double[] su = us.clone();
        double[] sv = vs.clone();
        Arrays.sort(su);
        Arrays.sort(sv);
        int low = (int) Math.round(0.01 * (su.length - 1));
        int high = (int) Math.round(0.99 * (su.length - 1));
        double half = 0.5 * Math.max(su[high] - su[low], sv[high] - sv[low]) * MARGIN;
        return new PadWindow((su[low] + su[high]) / 2, (sv[low] + sv[high]) / 2, Math.max(half, MIN_HALF_SPAN));
    }

    /** The window framing the corpus map's points as drawn on {@code surface}. */
    public static PadWindow framing(PadSurface surface, LatentMap map) {
        double[] us = new double[map.count()];
        double[] vs = new double[map.count()];
        for (int p = 0; p < map.count(); p++) {
            double[] uv = surface.project(Arrays.copyOfRange(map.means(), p * map.dimensions(), (p + 1) * map.dimensions()));
            us[p] = uv[0];
            vs[p] = uv[1];
        }
        return framing(us, vs);
    }

    /**
     * The centres of a {@code side} by {@code side} grid of equal cells covering the window, row by row from the top
     * (largest {@code v}), each row from the left: {@code [row * side + column] = {u, v}}.
     */
    public double[][] cellCentres(int side) {
        if (side < 1) {
            throw new IllegalArgumentException("a grid needs at least one cell a side, got " + side);
        }
        double cell = 2 * halfSpan / side;
        double[][] centres = new double[side * side][];
        for (int row = 0; row < side; row++) {
            for (int column = 0; column < side; column++) {
                centres[row * side + column] = new double[] {centerU - halfSpan + (column + 0.5) * cell,
                        centerV + halfSpan - (row + 0.5) * cell};
            }
        }
        return centres;
    }
}
