package org.latentexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.latentexplorer.data.Melody;
import org.latentexplorer.music.GeneralMidi;
import org.latentexplorer.music.MelodyExport;
import org.latentexplorer.music.TuneText;

/**
 * Writes what a melody command made: numbered MIDI files in a folder (each one atomically, after everything was
 * decoded, so a failure leaves no fragment), one line per file with the melody as a tune {@code --tune} reads back.
 */
final class MelodyOutputs {
    private MelodyOutputs() {
    }

    /** The folder {@code -o} names, made if missing; a file there is refused. */
    static Path folder(Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new FileSystemException(folder.toString(), null, "is a file: -o takes a folder for the MIDI files");
        }
        Files.createDirectories(folder);
        return folder;
    }

    /** Writes {@code melodies} as {@code PREFIX-1.mid} .. {@code PREFIX-N.mid} (numbers padded to the same width). */
    static void writeNumbered(Path folder, String prefix, List<Melody> melodies, int program, PrintWriter out) throws IOException {
        int width = String.valueOf(melodies.size()).length();
        for (int i = 0; i < melodies.size(); i++) {
            Path file = folder.resolve(String.format(Locale.ROOT, "%s-%0" + width + "d.mid", prefix, i + 1));
            write(melodies.get(i), program, file, out);
        }
    }

    /** A MIDI file, or a WAV rendering when the name ends in .wav (Java's software synthesizer, no sound card needed). */
    static void write(Melody melody, int program, Path file, PrintWriter out) throws IOException {
        MelodyExport.write(melody, program, file);
        out.println(file + "  " + TuneText.format(melody));
    }

    /** The closing line: how many files, tempo and instrument. */
    static void summary(PrintWriter out, int files, Path where, Melody any, int program) {
        String kind = where.getFileName() != null && where.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wav") ? "WAV" : "MIDI";
        out.printf(Locale.ROOT, "wrote %d %s file%s to %s at %s bpm, %s (program %d)%n", files, kind, files == 1 ? "" : "s", where,
                bpm(any.bpm()), GeneralMidi.name(program), program);
        out.flush();
    }

    private static String bpm(double bpm) {
        return bpm == Math.rint(bpm) ? String.valueOf((long) bpm) : String.format(Locale.ROOT, "%.2f", bpm);
    }
}
