package org.latentexplorer.music;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.latentexplorer.data.Melody;

/**
 * A melody saved for the user: as WAV when the file name ends in {@code .wav}, else as a MIDI file.
 * Both writers go through {@link org.latentexplorer.data.AtomicFiles}, so a failed export never leaves a
 * fragment where the user's file was, and a new file is readable by others (rw-r--r--) like any saved document.
 */
public final class MelodyExport {
    private MelodyExport() {
    }

    /** Writes {@code melody} played by General MIDI {@code program} to {@code file} (WAV or MIDI by extension). */
    public static void write(Melody melody, int program, Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wav")) {
            WavRenderer.render(MelodyMidi.toSequence(melody, program), file);
        } else {
            MelodyMidi.write(melody, program, file);
        }
    }
}
