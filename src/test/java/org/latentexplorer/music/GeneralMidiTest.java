package org.latentexplorer.music;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An instrument named on the command line: a program number, a name, or a part of one name. */
class GeneralMidiTest {
    @Test
    void numbersNamesAndUniquePartsOfNamesFindTheirProgram() {
        assertEquals(0, GeneralMidi.program("0"));
        assertEquals(127, GeneralMidi.program(" 127 "));
        assertEquals(73, GeneralMidi.program("Flute"), "an exact name wins over Pan Flute");
        assertEquals(73, GeneralMidi.program("FLUTE"));
        assertEquals(24, GeneralMidi.program("nylon"));
        assertEquals(40, GeneralMidi.program("violin"));
        assertEquals(56, GeneralMidi.program("trumpet"), "Trumpet itself, not Muted Trumpet");
        for (int p = 0; p < 128; p++) {
            assertEquals(p, GeneralMidi.program(GeneralMidi.name(p)), GeneralMidi.name(p));
        }
    }

    @Test
    void anAmbiguousUnknownOrOutOfRangeInstrumentIsOneLineThatSaysWhatFits() {
        String ambiguous = assertThrows(IllegalArgumentException.class, () -> GeneralMidi.program("piano")).getMessage();
        assertTrue(ambiguous.startsWith("instrument 'piano' names 6 programs: Acoustic Grand Piano (0), Bright Acoustic Piano (1)"), ambiguous);
        assertTrue(ambiguous.endsWith("give more of the name or the number"), ambiguous);
        String unknown = assertThrows(IllegalArgumentException.class, () -> GeneralMidi.program("kazoo")).getMessage();
        assertTrue(unknown.contains("'kazoo' is no General MIDI name") && unknown.contains("flute (73)"), unknown);
        assertEquals("instrument 128 is not a General MIDI program: the numbers are 0..127",
                assertThrows(IllegalArgumentException.class, () -> GeneralMidi.program("128")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GeneralMidi.program("99999999999")).getMessage().contains("0..127"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GeneralMidi.program(" ")).getMessage().startsWith("the instrument is empty"));
        for (String message : new String[] {ambiguous, unknown}) {
            assertTrue(!message.contains("\n"), "one line");
        }
    }
}
