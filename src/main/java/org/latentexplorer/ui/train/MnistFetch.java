package org.latentexplorer.ui.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Window;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.MnistDownload;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.DialogButtons;

/**
 * Before a run on MNIST when it is not on this computer yet (an installed app has no setup script): asks, downloads it
 * on its own thread with the progress on the status bar, and then starts the run. The window stays usable meanwhile.
 */
final class MnistFetch {
    private final Texts texts = Texts.window();
    private final Supplier<Window> owner;
    private final Label status;
    private final ProgressBar progress;
    private final Consumer<String> problem;
    private final BooleanProperty downloading = new SimpleBooleanProperty();

    MnistFetch(Supplier<Window> owner, Label status, ProgressBar progress, Consumer<String> problem) {
        this.owner = owner;
        this.status = status;
        this.progress = progress;
        this.problem = problem;
    }

    BooleanProperty downloadingProperty() {
        return downloading;
    }

    /** Runs {@code run} now when {@code settings} need no download; else asks first and runs it once MNIST is there. */
    void thenStart(TrainSettings settings, Runnable run) {
        Path directory = settings.dataset() == ImageDataset.MNIST ? settings.dataset().defaultDirectory() : null;
        if (directory == null || MnistDownload.present(directory)) {
            run.run();
            return;
        }
        ButtonType download = new ButtonType(texts.text(TrainText.DOWNLOAD), ButtonType.OK.getButtonData());
        ButtonType cancel = DialogButtons.cancel();
        Alert question = new Alert(Alert.AlertType.CONFIRMATION,
                texts.format(TrainText.DOWNLOAD_QUESTION, texts.number(MnistDownload.BYTES / 1e6, 1)), download, cancel);
        question.initOwner(owner.get());
        question.setTitle(texts.text(TrainText.DOWNLOAD_TITLE));
        question.setHeaderText(null);
        if (owner.get() != null && owner.get().getScene() != null) {
            question.getDialogPane().getStylesheets().addAll(owner.get().getScene().getStylesheets());
        }
        question.getDialogPane().setId("train-download-question");
        question.getDialogPane().lookupButton(download).setId("train-download");
        question.getDialogPane().lookupButton(cancel).setId("train-download-cancel");
        question.showAndWait().filter(download::equals).ifPresent(b -> download(directory, run));
    }

    private void download(Path directory, Runnable run) {
        downloading.set(true);
        progress.setProgress(0);
        status.setText(texts.format(TrainText.DOWNLOADING, 0));
        Thread worker = new Thread(() -> {
            int[] shown = {0};
            try {
                MnistDownload.download(directory, share -> {
                    int percent = (int) Math.floor(share * 100);
                    if (percent != shown[0]) {
                        shown[0] = percent;
                        Platform.runLater(() -> {
                            progress.setProgress(share);
                            status.setText(texts.format(TrainText.DOWNLOADING, percent));
                        });
                    }
                });
                Platform.runLater(() -> {
                    downloading.set(false);
                    run.run();
                });
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> {
                    downloading.set(false);
                    progress.setProgress(0);
                    problem.accept(texts.format(TrainText.DOWNLOAD_FAILED, e.getMessage()));
                });
            }
        }, "mnist-download");
        worker.setDaemon(true);
        worker.start();
    }
}
