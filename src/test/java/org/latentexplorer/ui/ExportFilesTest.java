package org.latentexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the Melodies view's save dialogs open, and how its exports reach the disk. */
class ExportFilesTest {
    @TempDir
    Path home;

    @Test
    void dialogsOpenInTheLastFolderElseMusicElseHome() throws IOException {
        assertEquals(home.toFile(), ExportFiles.initialFolder(null, home), "home when there is no Music folder");
        Path music = Files.createDirectory(home.resolve("Music"));
        assertEquals(music.toFile(), ExportFiles.initialFolder(null, home));
        Path last = Files.createDirectory(home.resolve("songs"));
        assertEquals(last.toFile(), ExportFiles.initialFolder(last.toFile(), home), "the folder last saved to");
        assertEquals(music.toFile(), ExportFiles.initialFolder(new File(home.toFile(), "gone"), home), "not a folder that is gone");
    }

    @Test
    void aFailedExportLeavesTheUsersFileAsItWasAndNoLitter() throws IOException {
        Path mine = Files.writeString(home.resolve("tune.mid"), "the user's own tune");
        IOException failure = assertThrows(IOException.class, () -> ExportFiles.write(mine, partial -> {
            Files.writeString(partial, "half a fi");
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", failure.getMessage());
        assertEquals("the user's own tune", Files.readString(mine));
        try (Stream<Path> files = Files.list(home)) {
            assertEquals(1, files.count(), "no partial file left beside it");
        }
    }

    @Test
    void anExportReplacesTheFileReadableByOthers() throws IOException {
        Path target = Files.writeString(home.resolve("tune.mid"), "old");
        ExportFiles.write(target, partial -> Files.writeString(partial, "new"));
        assertEquals("new", Files.readString(target));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }
}
