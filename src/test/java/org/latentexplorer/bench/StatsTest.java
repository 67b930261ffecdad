package org.latentexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StatsTest {
    private static double[] oneToHundredShuffled() {
        double[] values = new double[100];
        for (int i = 0; i < 100; i++) {
            values[i] = (i * 37) % 100 + 1;
        }
        return values;
    }

    @Test
    void nearestRankPercentilesOfOneToHundred() {
        double[] values = oneToHundredShuffled();
        double[] copy = values.clone();
        assertEquals(50, Stats.percentile(values, 50));
        assertEquals(90, Stats.percentile(values, 90));
        assertEquals(99, Stats.percentile(values, 99));
        assertEquals(100, Stats.percentile(values, 100));
        assertEquals(1, Stats.percentile(values, 0.5));
        assertArrayEquals(copy, values, "the input is not sorted in place");
    }

    @Test
    void summaryGathersTheUsualFigures() {
        Stats.Summary s = Stats.summarize(oneToHundredShuffled());
        assertEquals(new Stats.Summary(100, 50, 90, 99, 100), s);
    }

    @Test
    void smallSamplesRoundUpToTheNextSample() {
        double[] ten = {10, 1, 9, 2, 8, 3, 7, 4, 6, 5};
        assertEquals(5, Stats.median(ten), "rank ceil(0.5*10) = 5");
        assertEquals(9, Stats.percentile(ten, 90));
        assertEquals(10, Stats.percentile(ten, 99), "p99 of 10 samples is the largest");
        assertEquals(2, Stats.median(new double[] {3, 1, 2}));
        Stats.Summary one = Stats.summarize(new double[] {42});
        assertEquals(new Stats.Summary(1, 42, 42, 42, 42), one);
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Stats.summarize(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Stats.percentile(new double[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> Stats.percentile(new double[] {1}, 100.5));
    }
}
