package org.latentexplorer.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void medianOfAnOddCountIsTheMiddleSample() {
        assertEquals(4, Percentiles.of(new double[] {7, 1, 4}).median());
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(5.5, Percentiles.of(new double[] {7, 1, 4, 10}).median());
    }

    @Test
    void zeroAndHundredAreTheExtremes() {
        Percentiles p = Percentiles.of(new double[] {5, -2, 9, 3});
        assertEquals(-2, p.percentile(0));
        assertEquals(9, p.percentile(100));
        assertEquals(42, Percentiles.of(new double[] {42}).percentile(73));
    }

    @Test
    void interpolatesBetweenOrderStatistics() {
        double[] samples = {11, 8, -3.5, 20, 2, 8};
        Percentiles p = Percentiles.of(samples);
        // sorted -3.5 2 8 8 11 20; p37 sits at 0.37*5 = 1.85: 2 + 0.85*(8-2)
        assertEquals(7.1, p.percentile(37), 1e-12);
        // p62.5 at 3.125: 8 + 0.125*(11-8)
        assertEquals(8.375, p.percentile(62.5), 1e-12);
        // between the two 8s the value stays 8
        assertEquals(8, p.percentile(50), 1e-12);
        Percentiles quarters = Percentiles.of(new double[] {4, 3, 2, 1});
        assertEquals(1.75, quarters.percentile(25), 1e-12);
        assertEquals(3.25, quarters.percentile(75), 1e-12);
        assertArrayEquals(new double[] {11, 8, -3.5, 20, 2, 8}, samples, "the input is not sorted in place");
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[] {1}).percentile(100.5));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[] {1}).percentile(-1));
    }
}
