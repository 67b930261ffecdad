package org.latentexplorer.music;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.Melody;

/** Tunes typed in JFugue's notation become two-bar melodies; what no melody can hold is one line quoting the token. */
class TuneTextTest {
    private static final int X = Melody.NO_EVENT;
    private static final int OFF = Melody.NOTE_OFF;

    private static int on(int pitch) {
        return Melody.noteOn(pitch);
    }

    @Test
    void aShortTuneIsFilledUpToTwoBarsWithRestAtTheDefaultTempo() {
        Melody melody = TuneText.parse("C5q D5q E5h");
        assertEquals(Melody.WINDOW_STEPS, melody.length());
        assertEquals(Melody.DEFAULT_BPM, melody.bpm());
        int[] expected = new int[32];
        expected[0] = on(60);
        expected[4] = on(62);
        expected[8] = on(64);
        expected[16] = OFF;
        assertArrayEquals(expected, melody.events());
    }

    @Test
    void tempoRestsBarLinesTiesKeysAndSummedDurationsAreRead() {
        Melody melody = TuneText.parse("T100 C5q Rq E5h | G5w");
        assertEquals(100.0, melody.bpm());
        assertArrayEquals(new int[] {on(60), X, X, X, OFF, X, X, X, on(64), X, X, X, X, X, X, X,
                on(67), X, X, X, X, X, X, X, X, X, X, X, X, X, X, X}, melody.events());
        Melody tied = TuneText.parse("C5h G5h- | G5-h A5h");
        assertEquals(on(67), tied.event(8));
        assertEquals(X, tied.event(16), "the tie holds G over the bar line");
        assertEquals(on(69), tied.event(24));
        Melody gMajor = TuneText.parse("KGmaj F5q [60]qs Ri. c6h");
        assertEquals(on(66), gMajor.event(0), "the key makes F an F#");
        assertEquals(on(60), gMajor.event(4));
        assertEquals(OFF, gMajor.event(9), "qs is five sixteenths");
        assertEquals(on(72), gMajor.event(12), "lower case is read too");
    }

    @Test
    void whatJFugueCannotReadIsQuotedToken() {
        assertOneLine(() -> TuneText.parse("C5q Xq E5h"), "cannot read 'Xq'");
        assertOneLine(() -> TuneText.parse("C5q hello E5h"), "cannot read 'hello'", "C5q, Rq");
        assertOneLine(() -> TuneText.parse("C5q D5q..."), "cannot read 'D5q...'");
        assertOneLine(() -> TuneText.parse("C5q [130]q"), "cannot read '[130]q'");
        assertOneLine(() -> TuneText.parse("C5q X7=3"), "'X7=3' is a controller");
    }

    @Test
    void notesOutsideThe88KeysAreNamedWithTheirNumber() {
        assertOneLine(() -> TuneText.parse("C5q C10q"), "'C10q' is MIDI note 120", "21 (A1) to 108 (C9)");
        assertOneLine(() -> TuneText.parse("G#1q C5q"), "'G#1q' is MIDI note 20");
        assertOneLine(() -> TuneText.parse("A0q"), "'A0q' is MIDI note 9");
        Melody edges = TuneText.parse("A1q [108]q");
        assertEquals(on(21), edges.event(0));
        assertEquals(on(108), edges.event(4));
    }

    @Test
    void chordsAndSimultaneousNotesAreRefused() {
        assertOneLine(() -> TuneText.parse("C5maj D5q"), "'C5maj' sounds several notes at once");
        assertOneLine(() -> TuneText.parse("C5q+E5q"), "'C5q+E5q' sounds several notes at once");
        assertOneLine(() -> TuneText.parse("C5q V1 E5q"), "'V1' starts another voice");
    }

    @Test
    void longerThanTwoBarsSaysHowLongAndExactlyTwoBarsFits() {
        assertOneLine(() -> TuneText.parse("C5w D5w E5q"), "the tune lasts 2 bars and 4 sixteenths (36 sixteenths)", "at most two bars");
        assertOneLine(() -> TuneText.parse("C5w D5w E5w"), "the tune lasts 3 bars (48 sixteenths)");
        assertEquals(32, TuneText.parse("C5w D5h E5q F5i G5s A5s").length());
    }

    @Test
    void durationsOffTheSixteenthGridTemposOutOfRangeAndEmptyTunesAreRefused() {
        assertOneLine(() -> TuneText.parse("C5i* D5i* E5i*"), "'C5i*' lasts 1.333 sixteenths", "whole number of sixteenths");
        assertOneLine(() -> TuneText.parse("C5t"), "'C5t' lasts 0.5 sixteenths");
        assertOneLine(() -> TuneText.parse("T10 C5q"), "'T10': the tempo must be 20 to 300");
        assertOneLine(() -> TuneText.parse("   "), "the tune is empty");
        assertOneLine(() -> TuneText.parse("Rw"), "only rests");
    }

    @Test
    void aWrittenMelodyParsesBackAsAMidiFileHoldsIt() {
        assertEquals("T100 C5q Rq E5h | G5w", TuneText.format(TuneText.parse("T100 C5q Rq E5h | G5w")));
        assertEquals("T120 C5h G5h- | G5-h A5h", TuneText.format(TuneText.parse("C5h G5h- | G5-h A5h")));
        Random random = new Random(5);
        for (int trial = 0; trial < 300; trial++) {
            int[] events = new int[Melody.WINDOW_STEPS];
            for (int i = 0; i < events.length; i++) {
                int roll = random.nextInt(10);
                events[i] = roll < 5 ? X : roll < 7 ? OFF : on(21 + random.nextInt(88));
            }
            events[random.nextInt(32)] = on(60);
            Melody melody = new Melody(events, 20 + random.nextInt(281));
            String text = TuneText.format(melody);
            assertEquals(MelodyMidi.asWritten(melody), TuneText.parse(text), text);
        }
    }

    private static void assertOneLine(Runnable parse, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, parse::run);
        String message = e.getMessage();
        assertTrue(!message.contains("\n"), "one line: " + message);
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), "'" + message + "' should say '" + fragment + "'");
        }
    }
}
