package org.latentexplorer.ui.train;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.latentexplorer.data.ImageFolder;
import org.latentexplorer.lab.ImageFit;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.Problems;

/**
 * A folder of your own pictures for the Train view, read off the FX thread as the {@code train --images} command reads
 * it (MNIST-style fit, ink found by each picture's border, one picture in ten of each folder held out), with its
 * report, folder by folder, shown as the command prints it, in the window's language.
 */
final class PictureFolder extends VBox {
    static final ImageFolder.Settings SETTINGS = new ImageFolder.Settings(ImageFit.MNIST, ImageFolder.Ink.AUTO, 10);

    private final Executor fxThread;
    private final Label report = new Label(Texts.window().text(TrainText.FOLDER_HINT));
    private volatile ImageFolder.Loaded loaded;
    private Runnable onRead = () -> { };
    private int reads;

    PictureFolder(Executor fxThread) {
        this.fxThread = fxThread;
        report.setId("train-folder-report");
        report.setWrapText(true);
        report.getStyleClass().add("hint");
        getStyleClass().add("train-folder");
        getChildren().add(report);
    }

    /** The pictures last read, or null. */
    ImageFolder.Loaded loaded() {
        return loaded;
    }

    /** Called on the FX thread when a folder has been read (or failed to). */
    void setOnRead(Runnable onRead) {
        this.onRead = onRead;
    }

    String reportText() {
        return report.getText();
    }

    /** Reads {@code folder} in the background; the report shows what it found, or the one line why it could not. */
    void read(Path folder) {
        int read = ++reads;
        loaded = null;
        Texts texts = Texts.window();
        report.setText(texts.format(TrainText.FOLDER_READING, folder));
        Thread reader = new Thread(() -> {
            String text;
            ImageFolder.Loaded result = null;
            try {
                result = ImageFolder.load(folder, SETTINGS);
                text = String.join("\n", FolderReport.lines(result.report(), texts));
            } catch (Exception e) {
                text = Problems.describe(e);
            }
            ImageFolder.Loaded found = result;
            String shown = text;
            fxThread.execute(() -> {
                if (read == reads) { // a later choice wins
                    loaded = found;
                    report.setText(shown);
                    onRead.run();
                }
            });
        }, "latent-read-pictures");
        reader.setDaemon(true);
        reader.start();
    }
}
