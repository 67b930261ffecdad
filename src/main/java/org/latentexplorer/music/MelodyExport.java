package org.latentexplorer.music;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import org.latentexplorer.data.Melody;

/**
 * A melody saved for the user: as WAV when the file name ends in {@code .wav}, else as a MIDI file.
 * The file is written beside its target and moved into place, so a failed export never leaves a
 * fragment where the user's file was, and it is readable by others (rw-r--r--) like any saved document.
 */
public final class MelodyExport {
    private static final String PERMISSIONS = "rw-r--r--";

    /** Writes a file's content to a given path. */
    @FunctionalInterface
    interface Content {
        void writeTo(Path file) throws IOException;
    }

    private MelodyExport() {
    }

    /** Writes {@code melody} played by General MIDI {@code program} to {@code file} (WAV or MIDI by extension). */
    public static void write(Melody melody, int program, Path file) throws IOException {
        Sequence sequence = MelodyMidi.toSequence(melody, program);
        boolean wav = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wav");
        writeReplacing(file, partial -> {
            if (wav) {
                WavRenderer.render(sequence, partial);
            } else {
                MidiSystem.write(sequence, 1, partial.toFile());
            }
        });
    }

    // switch to org.latentexplorer.data.AtomicFiles once it is merged
    static void writeReplacing(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
        try {
            content.writeTo(partial);
            try {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString(PERMISSIONS));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without owner/group/other bits keeps its own defaults
            }
            try {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
