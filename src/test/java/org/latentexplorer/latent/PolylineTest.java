package org.latentexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolylineTest {
    @Test
    void pointsAlongAPathAreEvenlySpacedByLength() {
        List<double[]> points = Polyline.evenlySpaced(List.of(new double[] {0, 0}, new double[] {3, 0}, new double[] {3, 1}), 5);
        double[][] expected = {{0, 0}, {1, 0}, {2, 0}, {3, 0}, {3, 1}};
        assertEquals(expected.length, points.size());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i][0], points.get(i)[0], 1e-9);
            assertEquals(expected[i][1], points.get(i)[1], 1e-9);
        }
    }

    @Test
    void aPathOfOnePointGivesThatPointEachTime() {
        List<double[]> points = Polyline.evenlySpaced(List.of(new double[] {2, -1}), 3);
        for (double[] p : points) {
            assertEquals(2, p[0], 0);
            assertEquals(-1, p[1], 0);
        }
    }
}
