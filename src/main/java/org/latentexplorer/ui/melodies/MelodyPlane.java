package org.latentexplorer.ui.melodies;

import org.latentexplorer.latent.CornerBlend;
import org.latentexplorer.latent.LatentPlane;
import org.latentexplorer.latent.PadSurface;
import org.latentexplorer.latent.PadWindow;
import org.latentexplorer.model.LatentMap;
import org.latentexplorer.ui.widgets.Scatter;
import org.latentexplorer.ui.widgets.Viewport;

/** The 2-D surface the melody pad shows: the corpus's principal plane, or four corners blended bilinearly. */
public sealed interface MelodyPlane extends PadSurface {

    /** Names of the pad's horizontal and vertical axes. */
    String[] axisNames();

    /** The window the pad starts with. */
    Viewport fittingView(Scatter scatter);

    default Scatter scatter(LatentMap map) {
        return Scatter.project(map, this::project);
    }

    /** The plane through the corpus mean along its two leading principal directions. */
    record Principal(LatentPlane plane) implements MelodyPlane {
        @Override
        public float[] toLatent(double u, double v) {
            return plane.toLatent(u, v);
        }

        @Override
        public double[] project(float[] z) {
            return plane.project(z);
        }

        @Override
        public String[] axisNames() {
            return new String[] {MelodiesText.AXIS_PC.format(1), MelodiesText.AXIS_PC.format(2)};
        }

        /** The window {@link PadWindow#framing(double[], double[])} gives the corpus. */
        @Override
        public Viewport fittingView(Scatter scatter) {
            PadWindow window = PadWindow.framing(scatter.us(), scatter.vs());
            return new Viewport(window.centerU(), window.centerV(), window.halfSpan());
        }
    }

    /** Beat Blender's square: corner 1 at (0,0), 2 at (1,0), 3 at (0,1), 4 at (1,1) (numbers, so they never read as the pins A and B). */
    record Corners(CornerBlend blend) implements MelodyPlane {
        public static final Viewport VIEW = new Viewport(0.5, 0.5, 0.62);

        @Override
        public float[] toLatent(double u, double v) {
            return blend.toLatent(u, v);
        }

        @Override
        public double[] project(float[] z) {
            return blend.project(z);
        }

        @Override
        public String[] axisNames() {
            return new String[] {corner(0) + " → " + corner(1), corner(0) + " → " + corner(2)};
        }

        @Override
        public Viewport fittingView(Scatter scatter) {
            return VIEW;
        }

        private static String corner(int index) {
            return MelodyCorners.cornerName(index);
        }
    }
}
