package org.latentexplorer.music;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.Melody;

/** Exported MIDI and WAV files are readable as any new file is, not by their owner only (see AtomicFilesTest for failed writes). */
class ExportedFilesTest {
    @TempDir
    Path dir;

    private static Melody tune() {
        int[] events = new int[Melody.WINDOW_STEPS];
        for (int i = 0; i < 8; i++) {
            events[i * 4] = Melody.noteOn(60 + i);
        }
        return new Melody(events, 120);
    }

    private Set<PosixFilePermission> usual() throws IOException {
        Path reference = Files.createFile(dir.resolve("made-the-usual-way"));
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(reference);
        Files.delete(reference);
        return permissions;
    }

    @Test
    void anExportedMidiFileHasTheUsualPermissions() throws IOException {
        Path midi = dir.resolve("melody.mid");
        MelodyMidi.write(tune(), 0, midi);
        assertEquals(usual(), Files.getPosixFilePermissions(midi), "0666 less the umask, not owner-only");
        assertEquals(tune(), MelodyMidi.read(midi));
    }

    @Test
    void anExportedWavFileHasTheUsualPermissions() throws IOException {
        Path wav = dir.resolve("melody.wav");
        WavRenderer.render(MelodyMidi.toSequence(tune(), 0), wav);
        assertEquals(usual(), Files.getPosixFilePermissions(wav), "0666 less the umask, not owner-only");
    }
}
