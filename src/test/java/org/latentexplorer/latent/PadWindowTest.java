package org.latentexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.latentexplorer.model.LatentMap;

class PadWindowTest {
    @Test
    void framesTheFirstToNinetyNinthPercentileWithAMarginAndThePriorWithoutPoints() {
        double[] us = new double[101];
        double[] vs = new double[101];
        for (int i = 0; i <= 100; i++) {
            us[i] = i; // 1st percentile 1, 99th 99
            vs[i] = 10 + i / 10.0;
        }
        us[0] = -1000; // an outlier beyond the 1st percentile is left out
        PadWindow window = PadWindow.framing(us, vs);
        assertEquals(50, window.centerU(), 1e-12);
        assertEquals(15, window.centerV(), 1e-12);
        assertEquals(0.5 * 98 * 1.3, window.halfSpan(), 1e-12);
        assertEquals(PadWindow.PRIOR, PadWindow.framing(new double[0], new double[0]));
        assertEquals(0.25, PadWindow.framing(new double[] {2, 2}, new double[] {3, 3}).halfSpan(), "never narrower than 0.25");
    }

    @Test
    void framingAMapProjectsItsPointsOntoTheSurface() {
        LatentPlane plane = LatentPlane.ofDimensions(new float[3], 0, 2);
        LatentMap map = new LatentMap(new float[] {1, 50, 2, 3, -50, 4}, new int[] {0, 1}, 3);
        assertEquals(PadWindow.framing(new double[] {1, 3}, new double[] {2, 4}), PadWindow.framing(plane, map));
    }

    @Test
    void cellCentresRunRowByRowFromTheTopLeft() {
        double[][] cells = new PadWindow(1, 2, 2).cellCentres(4);
        assertEquals(16, cells.length);
        assertArrayEquals(new double[] {-0.5, 3.5}, cells[0], 1e-12);
        assertArrayEquals(new double[] {0.5, 3.5}, cells[1], 1e-12);
        assertArrayEquals(new double[] {-0.5, 2.5}, cells[4], 1e-12);
        assertArrayEquals(new double[] {2.5, 0.5}, cells[15], 1e-12);
    }

    @Test
    void aClickedDotPlaysItsOwnEncodingNotItsPlaceOnThePlane() {
        LatentPlane plane = LatentPlane.ofDimensions(new float[] {0, 0, 7}, 0, 1);
        float[] encoding = {1.5f, -2f, 9f};
        assertArrayEquals(new float[] {1.5f, -2f, 9f}, plane.clickedDot(encoding), "off the plane: its third coordinate is 9, not 7");
        assertArrayEquals(new double[] {1.5, -2}, plane.project(plane.clickedDot(encoding)), 1e-6, "the puck shows its projection");
        CornerBlend blend = new CornerBlend(new float[] {0, 0}, new float[] {1, 0}, new float[] {0, 1}, new float[] {1, 1});
        assertArrayEquals(new float[] {0.25f, 0.75f}, blend.clickedDot(new float[] {0.25f, 0.75f}), 1e-6f);
    }
}
