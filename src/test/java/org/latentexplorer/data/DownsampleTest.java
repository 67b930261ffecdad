package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DownsampleTest {
    @Test
    void eachBlockBecomesItsAverage() {
        float[] pixels = {
            0.0f, 0.2f, 1.0f, 1.0f,
            0.4f, 0.2f, 0.0f, 1.0f,
            0.5f, 0.5f, 0.1f, 0.3f,
            0.5f, 0.5f, 0.5f, 0.7f,
        };
        ImageSet small = Downsample.area(new ImageSet(pixels, 1, 4, 4), 2);
        assertEquals(2, small.rows());
        assertEquals(2, small.cols());
        assertArrayEquals(new float[] {0.2f, 0.75f, 0.5f, 0.4f}, small.pixels(), 1e-6f);
        assertArrayEquals(new float[] {7.4f / 16}, Downsample.area(new ImageSet(pixels, 1, 4, 4), 4).pixels(), 1e-6f);
    }

    @Test
    void imagesStayApartAndMnistSizesComeOut() {
        float[] pixels = new float[2 * 784];
        java.util.Arrays.fill(pixels, 784, 2 * 784, 0.25f);
        pixels[0] = 1f;
        ImageSet fourteen = Downsample.area(new ImageSet(pixels, 2, 28, 28), 2);
        assertEquals(196, fourteen.imageSize());
        assertEquals(0.25f, fourteen.image(0)[0], 1e-6f);
        assertEquals(0f, fourteen.image(0)[1]);
        assertTrue(java.util.stream.IntStream.range(0, 196).allMatch(i -> Math.abs(fourteen.image(1)[i] - 0.25f) < 1e-6f));
        ImageSet seven = Downsample.area(new ImageSet(pixels, 2, 28, 28), 4);
        assertEquals(49, seven.imageSize());
        assertEquals(1f / 16, seven.image(0)[0], 1e-6f);
    }

    @Test
    void aFactorThatDoesNotDivideTheSidesIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Downsample.area(new ImageSet(new float[784], 1, 28, 28), 3));
        assertTrue(e.getMessage().contains("factor of 3"), e.getMessage());
    }
}
