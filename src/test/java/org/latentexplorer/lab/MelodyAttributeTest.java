package org.latentexplorer.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.Melody;

/** Each attribute on melodies built here, whose values are counted by hand. */
class MelodyAttributeTest {
    /** Two bars; {@code notes} holds (step, pitch) pairs, pitch -1 a note-off. */
    private static Melody melody(int... stepsAndPitches) {
        int[] events = new int[Melody.WINDOW_STEPS];
        for (int i = 0; i < stepsAndPitches.length; i += 2) {
            int pitch = stepsAndPitches[i + 1];
            events[stepsAndPitches[i]] = pitch < 0 ? Melody.NOTE_OFF : Melody.noteOn(pitch);
        }
        return new Melody(events);
    }

    /** C D E G, quarter notes in bar one, a leap to C an octave up held through bar two. */
    private static final Melody TUNE = melody(0, 60, 4, 62, 8, 64, 12, 67, 16, 72);

    @Test
    void densityIsOnsetsPerBar() {
        assertEquals(2.5, MelodyAttribute.DENSITY.measure(TUNE), 1e-12, "5 onsets in 2 bars");
        assertEquals(0.0, MelodyAttribute.DENSITY.measure(new Melody(new int[32])), "a silent melody has no onsets");
        assertEquals(4.0, MelodyAttribute.DENSITY.measure(melody(0, 60, 4, 62, 8, 64, 12, 65)
                .slice(0, Melody.STEPS_PER_BAR)), "one bar of four quarters");
    }

    @Test
    void meanPitchCountsEachOnsetOnceWhateverItsLength() {
        assertEquals((60 + 62 + 64 + 67 + 72) / 5.0, MelodyAttribute.MEAN_PITCH.measure(TUNE), 1e-12);
        assertEquals(61.0, MelodyAttribute.MEAN_PITCH.measure(melody(0, 60, 1, 62, 2, -1)), "a held note is not weighted by its length");
    }

    @Test
    void rangeIsHighestMinusLowest() {
        assertEquals(12.0, MelodyAttribute.PITCH_RANGE.measure(TUNE));
        assertEquals(0.0, MelodyAttribute.PITCH_RANGE.measure(melody(0, 65)), "one note has no range");
    }

    @Test
    void stepwiseIsTheShareOfIntervalsOfAtMostTwoSemitones() {
        // intervals 2, 2, 3, 5: two of four are steps
        assertEquals(0.5, MelodyAttribute.STEPWISE.measure(TUNE), 1e-12);
        assertEquals(1.0, MelodyAttribute.STEPWISE.measure(melody(0, 60, 4, 60, 8, 61, 12, -1, 16, 63)), "repeats, semitones and whole tones, rests between ignored");
    }

    @Test
    void syncopationIsTheShareOfOnsetsOffTheEighthNoteGrid() {
        assertEquals(0.0, MelodyAttribute.SYNCOPATION.measure(TUNE), "every onset on a beat");
        assertEquals(0.0, MelodyAttribute.SYNCOPATION.measure(melody(0, 60, 2, 62, 4, 64, 6, 65, 8, 67)), "eighths are on the grid");
        // a dotted eighth and a sixteenth (onset on step 3), a sixteenth run 8, 9, 10, 11
        Melody dotted = melody(0, 60, 3, 62, 4, 64, 8, 65, 9, 67, 10, 69, 11, 71, 12, -1);
        assertEquals(3 / 7.0, MelodyAttribute.SYNCOPATION.measure(dotted), 1e-12);
    }

    @Test
    void tooFewNotesIsNotANumberWhereTheMeasureNeedsThem() {
        Melody silence = new Melody(new int[32]);
        for (MelodyAttribute attribute : new MelodyAttribute[] {MelodyAttribute.MEAN_PITCH, MelodyAttribute.PITCH_RANGE,
                MelodyAttribute.STEPWISE, MelodyAttribute.SYNCOPATION}) {
            assertTrue(Double.isNaN(attribute.measure(silence)), attribute + " of silence");
        }
        assertTrue(Double.isNaN(MelodyAttribute.STEPWISE.measure(melody(0, 60))), "one note has no interval");
    }

    @Test
    void keysAndLabelsAreDistinctAndTheCommandLineNamesFindTheirAttribute() {
        Set<String> keys = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (MelodyAttribute attribute : MelodyAttribute.values()) {
            assertTrue(keys.add(attribute.key()), attribute.key());
            assertTrue(labels.add(attribute.label()), attribute.label());
            assertEquals(Optional.of(attribute), MelodyAttribute.fromKey(attribute.key().toUpperCase(java.util.Locale.ROOT)));
        }
        assertEquals("density, pitch, range, stepwise, syncopation", MelodyAttribute.keys());
        assertEquals(Optional.empty(), MelodyAttribute.fromKey("loudness"));
    }
}
