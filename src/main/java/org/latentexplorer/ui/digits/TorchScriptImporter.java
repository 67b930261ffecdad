package org.latentexplorer.ui.digits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.latentexplorer.data.DataRoot;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.lessons.LessonImages;
import org.latentexplorer.model.TorchScriptImport;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.Problems;

/**
 * Imports a TorchScript file chosen in the window (as {@code latent import} does, measured on the MNIST test set) on a
 * thread of its own, telling each step in the status line, then opens the new model. Its folder is named after the
 * file ("My VAE.pt" becomes {@code my-vae}, {@code my-vae-2} when that is taken), in the models folder, or under the
 * data folder when the models folder cannot be written (an installed app's).
 */
final class TorchScriptImporter {
    private final ExplorerSession session;
    private final Executor fxThread;
    private final Consumer<Path> opener;
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing");

    TorchScriptImporter(ExplorerSession session, Executor fxThread, Consumer<Path> opener) {
        this.session = session;
        this.fxThread = fxThread;
        this.opener = opener;
    }

    /** Where the window puts imported models: the models folder when it can be written, else one under the data folder. */
    static Path defaultFolder() {
        Path models = ModelCatalog.defaultRoot();
        return Files.isDirectory(models) && Files.isWritable(models) ? models : DataRoot.resolve("models");
    }

    /** Starts importing {@code file} into a new folder under {@code folder}; called on the FX thread. */
    void importFile(Path file, Path folder) {
        if (importing.get()) {
            return;
        }
        importing.set(true);
        String name = file.getFileName().toString();
        Path target = freeFolder(folder, name);
        session.messageProperty().set(Texts.window().format(DigitsText.IMPORTING, name));
        Thread worker = new Thread(() -> {
            try {
                LabeledImages test = LessonImages.labeled(ImageDataset.MNIST, ImageDataset.Split.TEST);
                Files.createDirectories(folder);
                TorchScriptImport.run(new TorchScriptImport.Request(file, "encode", "decode", target, test,
                        ImageDataset.MNIST.id(), ImageDataset.MNIST.classNames()),
                        step -> fxThread.execute(() -> session.messageProperty().set(stepText(name, step))));
                fxThread.execute(() -> {
                    importing.set(false);
                    opener.accept(target);
                });
            } catch (IOException | RuntimeException e) {
                fxThread.execute(() -> {
                    importing.set(false);
                    session.messageProperty().set(Texts.window().format(DigitsText.IMPORT_FAILED, name, Problems.describe(e)));
                });
            }
        }, "torchscript-import");
        worker.setDaemon(true);
        worker.start();
    }

    /** The status line for a step {@link TorchScriptImport} tells in English ("loading …"): in the window's language when it is one of its steps. */
    static String stepText(String name, String step) {
        Texts texts = Texts.window();
        if (step.startsWith("loading ")) {
            return texts.format(DigitsText.IMPORT_LOADING, name);
        } else if (step.startsWith("checking ")) {
            return texts.format(DigitsText.IMPORT_CHECKING, name);
        } else if (step.startsWith("encoding ")) {
            return texts.format(DigitsText.IMPORT_MEASURING, name);
        } else if (step.startsWith("saving ")) {
            return texts.format(DigitsText.IMPORT_SAVING, name);
        }
        return texts.format(DigitsText.IMPORT_STEP, name, step);
    }

    ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** A folder under {@code folder} named after the file that nothing occupies yet. */
    static Path freeFolder(Path folder, String fileName) {
        String stem = fileName.endsWith(".pt") ? fileName.substring(0, fileName.length() - 3) : fileName;
        String base = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "imported";
        }
        Path candidate = folder.resolve(base);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(base + "-" + n);
        }
        return candidate;
    }
}
