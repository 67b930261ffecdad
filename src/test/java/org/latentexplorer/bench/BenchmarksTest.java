package org.latentexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.latentexplorer.model.VaeConfig;

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
    void anEpochsArithmeticIsCountedFromTheLayerSizes() {
        // 784-400-20: forward 784x400 + 2 heads 400x20 + 20x400 + 400x784 = 651,200 multiply-adds an image;
        // training three times that, less the first layer's input gradient (784x400), two flops each
        Benchmarks.Epochs classic = new Benchmarks.Epochs(VaeConfig.mlp(20, 400), 60_000, 128, new double[] {2.4});
        assertEquals(60_000 * 2.0 * (3 * 651_200 - 313_600), classic.matmulFlops(), 1);
        assertEquals(1.968e11, classic.matmulFlops(), 1e8);
        // 784-512-256-2: 401,408 + 131,072 + 2 heads 256x2 + 2x256 + 131,072 + 401,408
        Benchmarks.Epochs deeper = new Benchmarks.Epochs(VaeConfig.mlp(2, 512, 256), 1000, 128, new double[] {1});
        assertEquals(1000 * 2.0 * (3 * 1_066_496 - 401_408), deeper.matmulFlops(), 1);
    }

    @Test
    void residentMemoryIsReadOnLinux() {
        if (System.getProperty("os.name").toLowerCase().contains("linux")) {
            assertTrue(MachineInfo.residentBytes() > 1_000_000, "a JVM uses more than 1 MB");
        }
    }
}
