package org.latentexplorer.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Saves images the user exports: the save dialog starts in the user's Pictures folder (else home) and
 * then where the last export went this session; the file is written beside the target and moved into
 * place, readable by everyone (rw-r--r--) like any file the user saves.
 */
final class PngExport {
    private final Supplier<Window> owner;
    private final Consumer<String> say;
    private File lastFolder;

    /** {@code say} shows a one-line outcome ("Saved …", "Could not save …"). */
    PngExport(Supplier<Window> owner, Consumer<String> say) {
        this.owner = owner;
        this.say = say;
    }

    void save(String suggestedName, GrayImage image, int scale) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export PNG");
        chooser.setInitialFileName(suggestedName);
        chooser.setInitialDirectory(initialFolder(lastFolder, Path.of(System.getProperty("user.home"))));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return;
        }
        lastFolder = file.getAbsoluteFile().getParentFile();
        try {
            write(file.toPath(), image, scale);
            say.accept("Saved " + file);
        } catch (IOException | RuntimeException e) {
            say.accept("Could not save " + file + ": " + ExplorerSession.describe(e));
        }
    }

    /** Where a save dialog starts: the last folder used when it still exists, else ~/Pictures, else home. */
    static File initialFolder(File last, Path home) {
        if (last != null && last.isDirectory()) {
            return last;
        }
        File pictures = home.resolve("Pictures").toFile();
        return pictures.isDirectory() ? pictures : home.toFile();
    }

    /** Writes {@code image} as a PNG to {@code target} without ever leaving a partial file there. */
    static void write(Path target, GrayImage image, int scale) throws IOException {
        writeReplacing(target, temp -> image.writePng(temp, scale));
    }

    interface Writer {
        void writeTo(Path temp) throws IOException;
    }

    // Stand-in for org.latentexplorer.data.AtomicFiles (branch `files`): switch to it once merged.
    static void writeReplacing(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".part");
        try {
            writer.writeTo(temp);
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException notPosix) {
                // the file system has no POSIX permissions: it decides
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
