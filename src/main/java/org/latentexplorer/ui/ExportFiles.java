package org.latentexplorer.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where the Melodies view's save dialogs start (the folder last saved to, else the user's Music folder,
 * else home) and how its exports reach the disk: written beside the target, then moved into place, so
 * a failed export never leaves a fragment where the user's file was.
 */
final class ExportFiles {
    private static final String PERMISSIONS = "rw-r--r--";
    private static File lastFolder;

    /** Writes a file's content to a given path. */
    @FunctionalInterface
    interface Content {
        void writeTo(Path file) throws IOException;
    }

    private ExportFiles() {
    }

    /** The folder a save dialog opens in. */
    static synchronized File initialFolder() {
        return initialFolder(lastFolder, Path.of(System.getProperty("user.home")));
    }

    static File initialFolder(File last, Path home) {
        if (last != null && last.isDirectory()) {
            return last;
        }
        Path music = home.resolve("Music");
        return Files.isDirectory(music) ? music.toFile() : home.toFile();
    }

    /** Remembers the folder of a file the user chose, for the next dialog. */
    static synchronized void remember(File chosen) {
        if (chosen != null && chosen.getParentFile() != null) {
            lastFolder = chosen.getParentFile();
        }
    }

    // switch to org.latentexplorer.data.AtomicFiles once it is merged
    static void write(Path target, Content content) throws IOException {
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
