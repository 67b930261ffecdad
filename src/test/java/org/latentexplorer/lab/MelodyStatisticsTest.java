package org.latentexplorer.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentexplorer.lab.MelodyStatistics.Measures;
import org.latentexplorer.lab.MelodyStatistics.Summary;

/** The statistics on melodies built here: scales, leaps, ranges and keys whose figures are known by hand. */
class MelodyStatisticsTest {
    private static final int REST = -1;

    /** 32 steps: each pitch (or a rest) two sixteenths long, the rest of the bar holding. */
    private static int[] melody(int... pitchesOrRests) {
        int[] events = new int[32];
        for (int i = 0; i < pitchesOrRests.length; i++) {
            events[2 * i] = pitchesOrRests[i] == REST ? 1 : pitchesOrRests[i] - 21 + 2;
        }
        return events;
    }

    private static final int[] C_MAJOR_SCALE = melody(60, 62, 64, 65, 67, 69, 71, 72);

    @Test
    void aCMajorScaleIsAllInKeyAllStepwiseAndMelodyLike() {
        Measures scale = MelodyStatistics.measure(C_MAJOR_SCALE);
        assertEquals(8, scale.notes());
        assertEquals(12, scale.range());
        assertEquals(7, scale.intervals());
        assertEquals(1.0, scale.inKeyShare());
        assertEquals(1.0, scale.stepwiseShare());
        assertEquals(0.0, scale.octaveLeapShare());
        assertEquals(12 / 7.0, scale.meanInterval(), 1e-12);
        assertTrue(scale.melodyLike());
        Measures dMajor = MelodyStatistics.measure(melody(62, 64, 66, 67, 69, 71, 73, 74));
        assertEquals(1.0, dMajor.inKeyShare(), "any of the twelve major scales fits");
    }

    @Test
    void twoNotesAreNotMelodyLikeThreeAre() {
        assertFalse(MelodyStatistics.measure(melody(60, 62)).melodyLike());
        assertTrue(MelodyStatistics.measure(melody(60, 62, 64)).melodyLike());
        Measures silence = MelodyStatistics.measure(new int[32]);
        assertEquals(0, silence.notes());
        assertFalse(silence.melodyLike());
        assertTrue(Double.isNaN(silence.inKeyShare()) && Double.isNaN(silence.meanInterval()));
    }

    @Test
    void aRangeOfTwoOctavesIsMelodyLikeOneSemitoneMoreIsNot() {
        Measures twoOctaves = MelodyStatistics.measure(melody(60, 62, 84));
        assertEquals(24, twoOctaves.range());
        assertTrue(twoOctaves.melodyLike());
        Measures wider = MelodyStatistics.measure(melody(60, 62, 85));
        assertEquals(25, wider.range());
        assertFalse(wider.melodyLike());
    }

    @Test
    void leapsOverAnOctaveAreCountedAnOctaveItselfIsNot() {
        Measures leaps = MelodyStatistics.measure(melody(60, 73, 60, 72));
        assertEquals(3, leaps.intervals());
        assertEquals(2, leaps.octaveLeaps(), "13 and 13 semitones are leaps, 12 is not");
        assertEquals(2 / 3.0, leaps.octaveLeapShare(), 1e-12);
        assertEquals(0.0, leaps.stepwiseShare());
    }

    @Test
    void eightyPercentInKeyIsEnoughLessIsNot() {
        Measures fourOfFive = MelodyStatistics.measure(melody(60, 62, 64, 65, 66));
        assertEquals(0.8, fourOfFive.inKeyShare(), 1e-12);
        assertTrue(fourOfFive.melodyLike());
        Measures chromatic = MelodyStatistics.measure(melody(60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71));
        assertEquals(7 / 12.0, chromatic.inKeyShare(), 1e-12);
        assertFalse(chromatic.melodyLike());
    }

    @Test
    void restsAndHoldsAreNoNotesAndIntervalsSpanThem() {
        Measures withRests = MelodyStatistics.measure(melody(60, REST, REST, 64, REST, 67));
        assertEquals(3, withRests.notes());
        assertEquals(2, withRests.intervals());
        assertEquals(3.5, withRests.meanInterval(), 1e-12);
        assertEquals(0.0, withRests.stepwiseShare());
        assertThrows(IllegalArgumentException.class, () -> MelodyStatistics.measure(new int[] {0, -3}));
    }

    @Test
    void aSetPoolsIntervalsAndNotesAndAveragesNotesAndRanges() {
        List<Measures> set = MelodyStatistics.measureAll(List.of(C_MAJOR_SCALE, melody(60, 73, 60), new int[32]));
        Summary summary = MelodyStatistics.summarize(set);
        assertEquals(3, summary.melodies());
        assertEquals(11 / 3.0, summary.notes(), 1e-12);
        assertEquals((12 + 13) / 2.0, summary.range(), 1e-12, "the silent melody has no range");
        assertEquals(2 / 9.0, summary.octaveLeapShare(), 1e-12, "2 leaps among 7 + 2 intervals");
        assertEquals(7 / 9.0, summary.stepwiseShare(), 1e-12);
        assertEquals((12 + 26) / 9.0, summary.meanInterval(), 1e-12);
        assertEquals(1.0, summary.inKeyShare(), 1e-12, "C and C# both lie in C# major (its B# is C)");
        assertEquals(2 / 3.0, summary.melodyLikeShare(), 1e-12, "the silent melody is not melody-like");
        assertEquals(summary.octaveLeapShare(), summary.get(MelodyStatistic.OCTAVE_LEAPS));
        assertTrue(Double.isNaN(MelodyStatistics.summarize(List.of()).melodyLikeShare()));
    }

    @Test
    void aSetIsAtDistanceZeroFromItselfAndOneFromADisjointSet() {
        List<Measures> threeNotes = new ArrayList<>();
        List<Measures> scales = new ArrayList<>();
        for (int shift = 0; shift < 5; shift++) {
            threeNotes.add(MelodyStatistics.measure(melody(60 + shift, 62 + shift, 64 + shift)));
            scales.add(MelodyStatistics.measure(melody(48 + shift, 50 + shift, 52 + shift, 53 + shift, 55 + shift, 57 + shift,
                    59 + shift, 60 + shift, 62 + shift, 64 + shift, 65 + shift, 67 + shift, 69 + shift, 71 + shift, 72 + shift, 74 + shift)));
        }
        for (MelodyStatistic statistic : MelodyStatistic.values()) {
            assertEquals(0.0, MelodyStatistics.totalVariation(threeNotes, threeNotes, statistic), 1e-12, statistic.name());
        }
        assertEquals(1.0, MelodyStatistics.totalVariation(threeNotes, scales, MelodyStatistic.NOTES), 1e-12);
        assertEquals(1.0, MelodyStatistics.totalVariation(threeNotes, scales, MelodyStatistic.RANGE), 1e-12, "4 against 26 semitones");
        assertEquals(0.0, MelodyStatistics.totalVariation(threeNotes, scales, MelodyStatistic.IN_KEY), 1e-12, "both all in key");

        List<Measures> half = List.of(threeNotes.get(0), MelodyStatistics.measure(melody(60, 85, 60)));
        assertEquals(0.5, MelodyStatistics.totalVariation(threeNotes, half, MelodyStatistic.MELODY_LIKE), 1e-12);
        assertTrue(Double.isNaN(MelodyStatistics.totalVariation(threeNotes, List.of(), MelodyStatistic.NOTES)));
    }

    @Test
    void everyMelodyFallsInOneBinAndSilenceInTheLastWhereNothingApplies() {
        Measures silence = MelodyStatistics.measure(new int[32]);
        Measures widest = MelodyStatistics.measure(melody(21, 108, 21, 108, 21, 108, 21, 108, 21, 108, 21, 108, 21, 108, 21, 108));
        for (MelodyStatistic statistic : MelodyStatistic.values()) {
            double[] histogram = MelodyStatistics.histogram(List.of(silence, widest, MelodyStatistics.measure(C_MAJOR_SCALE)), statistic);
            assertEquals(statistic.bins(), histogram.length);
            assertEquals(1.0, java.util.Arrays.stream(histogram).sum(), 1e-12, statistic.name());
        }
        assertEquals(MelodyStatistic.RANGE.bins() - 1, MelodyStatistic.RANGE.bin(silence));
        assertEquals(MelodyStatistic.RANGE.bins() - 2, MelodyStatistic.RANGE.bin(widest), "87 semitones: the open-ended bin");
        assertEquals(MelodyStatistic.MEAN_INTERVAL.bins() - 1, MelodyStatistic.MEAN_INTERVAL.bin(silence));
        assertEquals(9, MelodyStatistic.OCTAVE_LEAPS.bin(widest), "a share of 1 is in the top tenth");
        assertEquals(0, MelodyStatistic.NOTES.bin(silence));
    }
}
