package org.latentexplorer.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScatterTest {
    @Test
    void theNearestPointWithinTheRadiusOrNone() {
        Scatter dots = new Scatter(new double[] {0, 1, 1.2}, new double[] {0, 1, 1}, new int[] {0, 1, 2});
        assertEquals(1, dots.nearest(0.95, 1, 0.5));
        assertEquals(2, dots.nearest(1.15, 1, 0.5));
        assertEquals(-1, dots.nearest(5, 5, 0.5), "nothing within the radius");
        assertEquals(-1, Scatter.EMPTY.nearest(0, 0, 1));
    }
}
