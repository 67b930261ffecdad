package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReconstructionTest {
    @Test
    void figuresMatchHandComputedValues() {
        float[] outputs = {0.5f, 0.5f, 0.9f, 0.1f};
        float[] targets = {1f, 0f, 1f, 0f};
        double[] errors = Reconstruction.squaredErrors(outputs, targets, 2);
        assertArrayEquals(new double[] {0.25, 0.01}, errors, 1e-7);
        assertEquals((10 * Math.log10(4) + 10 * Math.log10(100)) / 2, Reconstruction.meanPsnr(errors), 1e-5);
        double[] entropies = Reconstruction.crossEntropies(outputs, targets, 2);
        assertArrayEquals(new double[] {2 * Math.log(2), -2 * Math.log(0.9)}, entropies, 1e-6);
        Reconstruction all = Reconstruction.of(outputs, targets, 2);
        assertEquals(0.13, all.meanSquaredError(), 1e-7);
        assertEquals((2 * Math.log(2) - 2 * Math.log(0.9)) / 2, all.crossEntropy(), 1e-6);
    }

    @Test
    void aPerfectImageHasAFinitePsnrAndHardWrongPixelsAFiniteCrossEntropy() {
        assertEquals(100, Reconstruction.meanPsnr(Reconstruction.squaredErrors(new float[] {0.3f}, new float[] {0.3f}, 1)), 1e-9);
        double[] entropy = Reconstruction.crossEntropies(new float[] {0f}, new float[] {1f}, 1);
        assertEquals(-Math.log(Reconstruction.PROBABILITY_MARGIN), entropy[0], 1e-9);
    }

    @Test
    void mismatchedSizesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Reconstruction.squaredErrors(new float[4], new float[3], 2));
        assertThrows(IllegalArgumentException.class, () -> Reconstruction.crossEntropies(new float[5], new float[5], 2));
    }
}
