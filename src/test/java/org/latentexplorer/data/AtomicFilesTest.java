package org.latentexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileByteIdenticalAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("samples.png");
        byte[] old = "the user's own picture".getBytes(StandardCharsets.UTF_8);
        Files.write(target, old);
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[64 * 1024]);
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertArrayEquals(old, Files.readAllBytes(target));
        assertEquals(List.of("samples.png"), namesIn(dir), "no temporary file is left beside it");
    }

    @Test
    void aFullDiskUnderAnImageWriterIsReportedAsTheTargetsOneLineNotTheWritersWords() throws IOException {
        Path target = Files.writeString(dir.resolve("sheet.png"), "old sheet");
        // what ImageIO throws when the stream under it (ours) fails: its own words, ours as the cause
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            throw new javax.imageio.IIOException("I/O error writing PNG file!",
                    new FileSystemException(target.toString(), null, "cannot write (no space left on device)"));
        }));
        assertEquals(target + ": cannot write (no space left on device)", e.getMessage());
        assertEquals("old sheet", Files.readString(target));
    }

    @Test
    void anUncheckedFailureAlsoLeavesTheOldFile() throws IOException {
        Path target = dir.resolve("z.csv");
        Files.writeString(target, "index,label\n");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.writeText(target, w -> {
            w.write("half a row");
            throw new IllegalStateException("encoder failed");
        }));
        assertEquals("index,label\n", Files.readString(target));
        assertEquals(List.of("z.csv"), namesIn(dir));
    }

    @Test
    void aCompleteWriteReplacesTheFile() throws IOException {
        Path target = dir.resolve("z.csv");
        Files.writeString(target, "old");
        AtomicFiles.writeText(target, w -> w.write("new content\n"));
        assertEquals("new content\n", Files.readString(target));
        assertEquals(List.of("z.csv"), namesIn(dir));
    }

    @Test
    void aNewFileIsReadableByOthersAsUsualNotOwnerOnly() throws IOException {
        Path reference = Files.createFile(dir.resolve("made-the-usual-way"));
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(reference);
        Path target = dir.resolve("new.png");
        AtomicFiles.write(target, out -> out.write(1));
        assertEquals(usual, Files.getPosixFilePermissions(target), "0666 less the umask, as any program creates files");
        assumeTrue(usual.equals(PosixFilePermissions.fromString("rw-r--r--")), "the usual umask 022");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path target = dir.resolve("private.mid");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.writeString(target, "new");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void aLinkStaysALinkAndTheFileItPointsToIsReplaced() throws IOException {
        Path real = Files.writeString(dir.resolve("real.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real.getFileName());
        AtomicFiles.writeString(link, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
    }

    @Test
    void unwritableTargetsNameTheTargetAndTheProblem() throws IOException {
        Path missingFolder = dir.resolve("no-such-folder").resolve("x.png");
        NoSuchFileException missing = assertThrows(NoSuchFileException.class, () -> AtomicFiles.writeString(missingFolder, "x"));
        assertEquals(missingFolder + ": cannot write: folder " + missingFolder.getParent() + " does not exist", missing.getMessage());

        Path folder = Files.createDirectory(dir.resolve("a-folder"));
        FileSystemException isFolder = assertThrows(FileSystemException.class, () -> AtomicFiles.writeString(folder, "x"));
        assertEquals(folder + ": cannot write: it is a folder", isFolder.getMessage());

        Path file = Files.writeString(dir.resolve("plain"), "keep");
        Path underFile = file.resolve("x.png");
        FileSystemException notFolder = assertThrows(FileSystemException.class, () -> AtomicFiles.writeString(underFile, "x"));
        assertEquals(underFile + ": cannot write: " + file + " is not a folder", notFolder.getMessage());
        assertEquals("keep", Files.readString(file));
    }

    @Test
    void aFolderThatRefusesNewFilesIsOneLineNamingTheTarget() {
        Path target = Path.of("/proc/latent-explorer-test.png");
        assumeTrue(Files.isDirectory(target.getParent()), "Linux /proc");
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFiles.writeString(target, "x"));
        assertEquals(target + ": cannot write (the folder /proc takes no new files)", e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
