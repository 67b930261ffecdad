package org.latentexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.latentexplorer.data.Melody;
import org.latentexplorer.music.MidiMelodies;
import org.latentexplorer.music.TuneText;

/** A melody the user hands a melody command: a MIDI file's two-bar window, or a tune typed in JFugue's notation. */
final class MelodyInputs {
    private MelodyInputs() {
    }

    /**
     * Window {@code window} of {@code midi}, or the tune {@code tune} (exactly one is given); errors name the option:
     * "--tune 'C5q Xq': cannot read 'Xq': ...".
     */
    static Melody read(Path midi, String tune, int window, String midiOption, String tuneOption) throws IOException {
        if (midi != null) {
            return MidiMelodies.window(midi, window);
        }
        try {
            return TuneText.parse(tune);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(tuneOption + " '" + tune + "': " + e.getMessage());
        }
    }
}
