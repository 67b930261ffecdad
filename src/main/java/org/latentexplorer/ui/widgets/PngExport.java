package org.latentexplorer.ui.widgets;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.latentexplorer.data.AtomicFiles;
import org.latentexplorer.ui.i18n.Texts;

/**
 * Saves images the user exports: the save dialog starts in the user's Pictures folder (else home) and
 * then where the last export went this session; the file is written beside the target and moved into
 * place ({@link AtomicFiles}): a new file is readable by everyone (rw-r--r--) like any file the user saves.
 */
public final class PngExport {
    private final Supplier<Window> owner;
    private final Consumer<String> say;
    private File lastFolder;

    /** {@code say} shows a one-line outcome ("Saved …", "Could not save …"). */
    public PngExport(Supplier<Window> owner, Consumer<String> say) {
        this.owner = owner;
        this.say = say;
    }

    public void save(String suggestedName, GrayImage image, int scale) {
        Texts texts = Texts.window();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.text(CommonText.EXPORT_PNG));
        chooser.setInitialFileName(suggestedName);
        chooser.setInitialDirectory(initialFolder(lastFolder, Path.of(System.getProperty("user.home"))));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.text(CommonText.PNG_IMAGE), "*.png"));
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return;
        }
        lastFolder = file.getAbsoluteFile().getParentFile();
        try {
            write(file.toPath(), image, scale);
            say.accept(texts.format(CommonText.SAVED, file));
        } catch (IOException | RuntimeException e) {
            say.accept(texts.format(CommonText.SAVE_FAILED, file, Problems.describe(e)));
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
        image.writePng(target, scale);
    }
}
