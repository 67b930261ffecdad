package org.latentexplorer.music;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.Melody;

/** The two-bar melodies a MIDI file gives: a short file is its melody filled with rest, a longer one its windows. */
class MidiMelodiesTest {
    @TempDir
    Path dir;

    @Test
    void aOneBarFileIsItsMelodyFilledUpWithRestAtItsTempo() throws IOException {
        int[] bar = new int[Melody.STEPS_PER_BAR];
        bar[0] = Melody.noteOn(60);
        bar[8] = Melody.noteOn(67); // held to the end of the bar
        Path file = dir.resolve("one-bar.mid");
        MelodyMidi.write(new Melody(bar, 132), 0, file);
        List<Melody> windows = MidiMelodies.windows(file);
        assertEquals(1, windows.size());
        Melody melody = windows.get(0);
        assertEquals(Melody.WINDOW_STEPS, melody.length());
        assertEquals(132.0, melody.bpm());
        assertEquals(Melody.noteOn(67), melody.event(8));
        assertEquals(Melody.NOTE_OFF, melody.event(16), "the last note stops where the file ends");
        assertEquals(melody, MidiMelodies.window(file, 1));
    }

    @Test
    void aLongerFileGivesItsWindowsABarApartAndAWindowNumberOutOfRangeSaysHowMany() throws IOException {
        int[] events = new int[4 * Melody.STEPS_PER_BAR];
        for (int step = 0; step < events.length; step += 4) {
            events[step] = Melody.noteOn(60 + (step / 4) % 5);
        }
        Path file = dir.resolve("four-bars.mid");
        MelodyMidi.write(new Melody(events), 0, file);
        Melody whole = new Melody(events);
        assertEquals(List.of(whole.slice(0, 32), whole.slice(16, 48), whole.slice(32, 64)), MidiMelodies.windows(file));
        assertEquals(whole.slice(16, 48), MidiMelodies.window(file, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MidiMelodies.window(file, 0));
        assertEquals(file + " has 3 two-bar melodies: window 0 is not one of 1..3", e.getMessage());
    }

    @Test
    void aFileWithoutNotesOrWithoutAUsableWindowIsOneLineNamingIt() throws IOException {
        Path silent = dir.resolve("silent.mid");
        MelodyMidi.write(new Melody(new int[Melody.WINDOW_STEPS]), 0, silent);
        IOException none = assertThrows(IOException.class, () -> MidiMelodies.windows(silent));
        assertTrue(none.getMessage().startsWith(silent + ": ") && none.getMessage().contains("no notes"), none.getMessage());

        int[] sparse = new int[4 * Melody.STEPS_PER_BAR];
        sparse[0] = Melody.noteOn(60);
        sparse[60] = Melody.noteOn(62); // two notes in four bars: no window keeps four notes
        Path thin = dir.resolve("thin.mid");
        MelodyMidi.write(new Melody(sparse), 0, thin);
        IOException thinError = assertThrows(IOException.class, () -> MidiMelodies.windows(thin));
        assertEquals(thin + ": has no two-bar melody with at least 4 notes and no silent bar", thinError.getMessage());

        Path text = Files.writeString(dir.resolve("text.mid"), "text");
        assertTrue(assertThrows(IOException.class, () -> MidiMelodies.windows(text)).getMessage().startsWith(text + ": not a MIDI file"));
    }
}
