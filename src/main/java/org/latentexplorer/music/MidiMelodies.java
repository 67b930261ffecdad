package org.latentexplorer.music;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.latentexplorer.data.Melody;
import org.latentexplorer.data.MidiFormatException;
import org.latentexplorer.data.MidiMelodyExtractor;

/**
 * The two-bar melodies a MIDI file gives a melody model: a file of at most two bars (as the melody commands write
 * them, or a short sketch) is its one melody, filled up with rest; a longer file gives the two-bar windows the corpus
 * reader keeps (sliding a bar at a time, at least {@value MidiMelodyExtractor#MIN_NOTES} notes, no silent bar).
 * Whatever is wrong with a file is one line naming it.
 */
public final class MidiMelodies {
    private MidiMelodies() {
    }

    /** Every two-bar melody of {@code file}, in order; at least one. */
    public static List<Melody> windows(Path file) throws IOException {
        Melody whole = MelodyMidi.read(file);
        if (whole.length() <= Melody.WINDOW_STEPS) {
            if (whole.noteCount() == 0) {
                throw new MidiFormatException(file, "holds no notes");
            }
            return List.of(fillToTwoBars(whole));
        }
        List<Melody> windows = MidiMelodyExtractor.extract(file).melodies();
        if (windows.isEmpty()) {
            throw new MidiFormatException(file, "has no two-bar melody with at least " + MidiMelodyExtractor.MIN_NOTES
                    + " notes and no silent bar");
        }
        return windows;
    }

    /** Window {@code number} (1 = the first) of {@code file}; the exception says how many there are. */
    public static Melody window(Path file, int number) throws IOException {
        List<Melody> windows = windows(file);
        if (number < 1 || number > windows.size()) {
            throw new IllegalArgumentException(file + " has " + windows.size() + " two-bar melod" + (windows.size() == 1 ? "y" : "ies")
                    + ": window " + number + " is not one of 1.." + windows.size());
        }
        return windows.get(number - 1);
    }

    private static Melody fillToTwoBars(Melody melody) {
        if (melody.length() == Melody.WINDOW_STEPS) {
            return melody;
        }
        int[] events = Arrays.copyOf(melody.events(), Melody.WINDOW_STEPS);
        for (int i = melody.length() - 1; i >= 0; i--) {
            if (events[i] != Melody.NO_EVENT) {
                if (Melody.isNoteOn(events[i])) {
                    events[melody.length()] = Melody.NOTE_OFF; // a last note held to the end of bar one stops there
                }
                break;
            }
        }
        return new Melody(events, melody.bpm());
    }
}
