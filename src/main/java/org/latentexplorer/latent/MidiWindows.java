package org.latentexplorer.latent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.latentexplorer.data.Melody;
import org.latentexplorer.data.MidiMelodyExtractor;

/**
 * A MIDI file's two-bar windows and where a melody model encodes them.
 *
 * @param file the file's name, for messages
 */
public record MidiWindows(String file, List<Melody> windows, List<float[]> points) {
    public MidiWindows {
        windows = List.copyOf(windows);
        points = List.copyOf(points);
    }

    /** Reads every window of {@code file} and encodes them all; the exception names the file and the problem. */
    public static MidiWindows read(MelodySpace space, Path file) throws IOException {
        List<Melody> windows = windowsOf(file);
        return new MidiWindows(file.getFileName().toString(), windows, List.of(space.encodeAll(windows)));
    }

    /** Only the first window, encoded (a corner of the blend from a file). */
    public static MidiWindows readFirst(MelodySpace space, Path file) throws IOException {
        Melody first = windowsOf(file).get(0);
        return new MidiWindows(file.getFileName().toString(), List.of(first), List.of(space.encode(first)));
    }

    private static List<Melody> windowsOf(Path file) throws IOException {
        List<Melody> windows = MidiMelodyExtractor.extract(file).melodies();
        if (windows.isEmpty()) {
            throw new IOException(file.getFileName() + " has no two-bar melody with enough notes in it");
        }
        return windows;
    }
}
