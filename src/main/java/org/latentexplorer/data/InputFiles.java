package org.latentexplorer.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Checks a file or folder the user gave before it is opened, so that the message names the real
 * problem: missing, not readable (permission denied, also on a folder above it), a folder where a file
 * was expected, or not a regular file at all (a named pipe or a device, which would hang or never end).
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** A readable regular file; {@code missing} is the reason given when it does not exist, e.g. "no such MIDI file". */
    public static void requireFile(Path file, String missing) throws IOException {
        BasicFileAttributes attributes = attributes(file, missing);
        if (attributes.isDirectory()) {
            throw new FileSystemException(file.toString(), null, "is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new FileSystemException(file.toString(), null, "is not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw denied(file);
        }
    }

    /** A folder whose entries can be listed and opened. */
    public static void requireFolder(Path folder, String missing) throws IOException {
        BasicFileAttributes attributes = attributes(folder, missing);
        if (!attributes.isDirectory()) {
            throw new FileSystemException(folder.toString(), null, "is not a folder");
        }
        if (!Files.isReadable(folder) || !Files.isExecutable(folder)) {
            throw denied(folder);
        }
    }

    /** "FILE: cannot be read (permission denied)". */
    public static AccessDeniedException denied(Path file) {
        return new AccessDeniedException(file.toString(), null, "cannot be read (permission denied)");
    }

    private static BasicFileAttributes attributes(Path path, String missing) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (AccessDeniedException e) {
            throw denied(path);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(path.toString(), null, missing);
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason().toLowerCase(Locale.ROOT);
            throw new FileSystemException(path.toString(), null, "cannot be read (" + reason + ")");
        }
    }
}
