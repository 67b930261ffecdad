package org.latentexplorer.music;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.AtomicFiles;
import org.latentexplorer.data.Melody;

/** Saving a melody for the user: the format by extension, the user's old file safe until the new one is whole. */
class MelodyExportTest {
    @TempDir
    Path dir;

    private static Melody scale() {
        int[] events = new int[Melody.WINDOW_STEPS];
        for (int step = 0; step < events.length; step += 4) {
            events[step] = Melody.noteOn(60 + step / 4);
        }
        return new Melody(events);
    }

    @Test
    void aMidiExportReadsBackAsTheMelodyAndIsReadableByOthers() throws IOException {
        Path target = Files.writeString(dir.resolve("tune.mid"), "the user's old file");
        MelodyExport.write(scale(), 0, target);
        assertEquals(scale().noteCount(), MelodyMidi.read(target).noteCount());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertArrayEquals(new byte[] {'M', 'T', 'h', 'd'}, java.util.Arrays.copyOf(Files.readAllBytes(target), 4));
    }

    @Test
    void aFailedExportLeavesTheUsersFileAsItWasAndNoLitter() throws IOException {
        Path mine = Files.writeString(dir.resolve("tune.mid"), "the user's own tune");
        IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(mine, partial -> {
            partial.write("half a fi".getBytes());
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", failure.getMessage());
        assertEquals("the user's own tune", Files.readString(mine));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no partial file left beside it");
        }
    }
}
