package org.latentexplorer.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AurocTest {
    @Test
    void perfectSeparationIsOne() {
        assertEquals(1.0, Auroc.of(new double[] {0.9, 0.8, 0.7}, new double[] {0.1, 0.6, 0.2, 0.65}));
    }

    @Test
    void reversedSeparationIsZero() {
        assertEquals(0.0, Auroc.of(new double[] {0.1, 0.6, 0.2}, new double[] {0.9, 0.8, 0.7, 0.61}));
    }

    @Test
    void allEqualScoresAreAHalf() {
        assertEquals(0.5, Auroc.of(new double[] {3, 3, 3}, new double[] {3, 3}));
    }

    @Test
    void tiesCountHalfInAHandWorkedExample() {
        // pairs (positive, negative): (3,2) 1, (3,1) 1, (2,2) 1/2, (2,1) 1, (2,2) 1/2, (2,1) 1 -> 5 of 6
        assertEquals(5.0 / 6, Auroc.of(new double[] {2, 3, 2}, new double[] {1, 2}), 1e-15);
    }

    @Test
    void agreesWithCountingEveryPair() {
        Random random = new Random(11);
        for (int trial = 0; trial < 20; trial++) {
            double[] positives = new double[1 + random.nextInt(40)];
            double[] negatives = new double[1 + random.nextInt(40)];
            for (int i = 0; i < positives.length; i++) {
                positives[i] = random.nextInt(8) + 1;
            }
            for (int i = 0; i < negatives.length; i++) {
                negatives[i] = random.nextInt(6);
            }
            double wins = 0;
            for (double p : positives) {
                for (double n : negatives) {
                    wins += p > n ? 1 : p == n ? 0.5 : 0;
                }
            }
            assertEquals(wins / (positives.length * negatives.length), Auroc.of(positives, negatives), 1e-12);
        }
    }

    @Test
    void emptyOrNaNInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Auroc.of(new double[0], new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Auroc.of(new double[] {Double.NaN}, new double[] {1}));
    }
}
