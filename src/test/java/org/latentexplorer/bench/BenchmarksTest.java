package org.latentexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenchmarksTest {
    @Test
    void theDisplayConversionEnlargesEachPixelToAnOpaqueGreySquare() {
        int[] out = new int[4 * 4];
        Benchmarks.toArgb(new float[] {0f, 1f, 0.5f, 2f}, 2, 2, 2, out);
        int black = 0xFF000000;
        int white = 0xFFFFFFFF;
        int mid = 0xFF808080;
        assertArrayEquals(new int[] {
            black, black, white, white,
            black, black, white, white,
            mid, mid, white, white,
            mid, mid, white, white}, out);
    }

    @Test
    void theDragPathIsSmoothAndStaysInsideTheUsualRange() {
        float[] previous = Benchmarks.pathPoint(2, 0);
        for (int i = 1; i <= 600; i++) {
            float[] z = Benchmarks.pathPoint(2, i / 120.0);
            for (int d = 0; d < 2; d++) {
                assertTrue(Math.abs(z[d]) <= 2.0001f);
                assertTrue(Math.abs(z[d] - previous[d]) < 0.2f, "a small step between events");
            }
            previous = z;
        }
        assertEquals(20, Benchmarks.pathPoint(20, 1.0).length);
    }

    @Test
    void residentMemoryIsReadOnLinux() {
        if (System.getProperty("os.name").toLowerCase().contains("linux")) {
            assertTrue(MachineInfo.residentBytes() > 1_000_000, "a JVM uses more than 1 MB");
        }
    }
}
