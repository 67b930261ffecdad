package org.latentexplorer.data;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that the old one survives any failure: the content goes to a hidden temporary file
 * beside the target, is flushed to disk, and is then renamed over the target. A new file gets the
 * ordinary permissions (read-write for the owner, readable by others, less the umask); a replaced file
 * keeps its own. Failures name the target: "FILE: cannot write (permission denied)".
 */
public final class AtomicFiles {
    /** Writes content; may throw, in which case the target is left as it was. */
    @FunctionalInterface
    public interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }

    private static final int NAME_ATTEMPTS = 100;

    private AtomicFiles() {
    }

    /** Writes bytes to {@code target} through the stream {@code content} is given (closing it is not needed). */
    public static void write(Path target, IoConsumer<OutputStream> content) throws IOException {
        Path destination = destination(target);
        Path partial = createPartial(target, destination);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                OutputStream out = new GuardedStream(Channels.newOutputStream(channel), target);
                try {
                    content.accept(out);
                } catch (IOException e) {
                    throw ownFailure(target, e);
                }
                out.flush();
                force(channel, target);
            }
            keepPermissions(destination, partial);
            move(partial, destination, target);
            moved = true;
            syncFolder(destination.getParent());
        } finally {
            if (!moved) {
                Files.deleteIfExists(partial);
            }
        }
    }

    /** Writes UTF-8 text to {@code target}, as {@link #write(Path, IoConsumer)}. */
    public static void writeText(Path target, IoConsumer<Writer> content) throws IOException {
        write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.accept(writer);
            writer.flush();
        });
    }

    /** Replaces {@code target} by {@code text} in UTF-8. */
    public static void writeString(Path target, CharSequence text) throws IOException {
        writeText(target, writer -> writer.append(text));
    }

    /** The file to replace: the target itself, or what it links to, so that a link stays a link. */
    private static Path destination(Path target) throws IOException {
        if (target.toString().isEmpty()) {
            throw new FileSystemException("", null, "cannot write: the output file name (-o) is empty");
        }
        Path absolute = target.toAbsolutePath();
        if (Files.isSymbolicLink(absolute) && Files.exists(absolute)) {
            absolute = absolute.toRealPath();
        }
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(target.toString(), null, "cannot write: it is a folder");
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(absolute)) {
            throw new FileSystemException(target.toString(), null, "cannot write: it is not a regular file");
        }
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new FileSystemException(target.toString(), null, "cannot write: no folder to write into");
        }
        if (!Files.exists(parent)) {
            throw new NoSuchFileException(target.toString(), null, "cannot write: folder " + parent + " does not exist");
        }
        if (!Files.isDirectory(parent)) {
            throw new FileSystemException(target.toString(), null, "cannot write: " + parent + " is not a folder");
        }
        return absolute;
    }

    /** A new hidden file beside the destination, created with the process's default permissions (0666 less the umask). */
    private static Path createPartial(Path target, Path destination) throws IOException {
        String prefix = "." + destination.getFileName() + ".";
        for (int attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
            Path partial = destination.resolveSibling(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".partial");
            try {
                Files.newByteChannel(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return partial;
            } catch (FileAlreadyExistsException e) {
                // another writer's temporary name: draw again
            } catch (FileSystemException e) {
                throw cannotWrite(target, e);
            }
        }
        throw new FileSystemException(target.toString(), null, "cannot write: no free temporary name beside it");
    }

    private static void keepPermissions(Path destination, Path partial) {
        PosixFileAttributeView old = Files.getFileAttributeView(destination, PosixFileAttributeView.class);
        if (old == null || !Files.isRegularFile(destination)) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = old.readAttributes().permissions();
            Files.setPosixFilePermissions(partial, permissions);
        } catch (IOException | UnsupportedOperationException e) {
            // the new file keeps the default permissions
        }
    }

    private static void move(Path partial, Path destination, Path target) throws IOException {
        try {
            Files.move(partial, destination, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            try {
                Files.move(partial, destination, StandardCopyOption.REPLACE_EXISTING);
            } catch (FileSystemException inner) {
                throw cannotWrite(target, inner);
            }
        } catch (FileSystemException e) {
            throw cannotWrite(target, e);
        }
    }

    private static void force(FileChannel channel, Path target) throws IOException {
        try {
            channel.force(true);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // not every file system can sync a folder; the rename itself is done
        }
    }

    /** The failure as a one-line message about the target, e.g. "out.png: cannot write (permission denied)". */
    public static IOException cannotWrite(Path target, IOException cause) {
        if (cause instanceof AccessDeniedException) {
            return withCause(new AccessDeniedException(target.toString(), null, "cannot write (permission denied)"), cause);
        }
        String reason = cause instanceof FileSystemException fs ? fs.getReason() : cause.getMessage();
        String text;
        if (reason != null && !reason.isBlank()) {
            text = reason.toLowerCase(Locale.ROOT); // the system's words, e.g. "No space left on device"
        } else if (cause instanceof NoSuchFileException) {
            text = "the folder " + target.toAbsolutePath().getParent() + " takes no new files";
        } else {
            text = cause.getClass().getSimpleName();
        }
        return withCause(new FileSystemException(target.toString(), null, "cannot write (" + text + ")"), cause);
    }

    /** The one-line failure about {@code target} when a writer (ImageIO's "I/O error writing PNG file!") wrapped it. */
    private static IOException ownFailure(Path target, IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException fs && target.toString().equals(fs.getFile())) {
                return fs;
            }
        }
        return e;
    }

    private static IOException withCause(IOException e, Throwable cause) {
        e.initCause(cause);
        return e;
    }

    /** Turns a failed write (a full disk, say) into a message naming the target; close only flushes. */
    private static final class GuardedStream extends FilterOutputStream {
        private final Path target;

        GuardedStream(OutputStream out, Path target) {
            super(out);
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
