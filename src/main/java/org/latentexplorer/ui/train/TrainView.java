package org.latentexplorer.ui.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.train.EpochMetrics;
import org.latentexplorer.train.TrainingResult;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.DialogButtons;

/**
 * Train a model from the window: the choices on the left, Start / Pause / Stop above, and as it learns the loss chart,
 * the test pictures' latent map and pictures it draws, after every epoch. Training runs on its own thread through the
 * {@code train} command's trainer; the model is saved into the models folder (atomically, as the command saves it) and
 * opens in the Digits view with one button.
 */
public final class TrainView extends BorderPane {
    private final Texts texts = Texts.window();
    private final ToolBar toolbar = new ToolBar();
    private final Button start = new Button(texts.text(TrainText.START));
    private final Button pause = new Button(texts.text(TrainText.PAUSE));
    private final Button stop = new Button(texts.text(TrainText.STOP));
    private final Button explore = new Button(texts.text(TrainText.EXPLORE_IT));
    private final Label status = new Label(texts.text(TrainText.READY));
    private final ProgressBar progress = new ProgressBar(0);
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final FxInbox inbox;
    private final Supplier<Window> owner;
    private final PictureFolder pictures;
    private final TrainForm form;
    private final MnistFetch fetch;
    private final RunPanel panel = new RunPanel();
    private TrainingRun run;
    private Path saved;
    private Runnable afterRun;

    /** {@code openModel} opens a saved model in the explorer; {@code models} is where models are saved. */
    public TrainView(Executor fxThread, Supplier<Window> owner, Path models, Consumer<Path> openModel) {
        this.inbox = new FxInbox(fxThread);
        this.owner = owner;
        this.pictures = new PictureFolder(fxThread);
        this.form = new TrainForm(models, owner, pictures);
        this.fetch = new MnistFetch(owner, status, progress, this::problem);
        getStyleClass().addAll("explorer", "train-view");
        getStylesheets().add(Objects.requireNonNull(TrainView.class.getResource("train.css")).toExternalForm());
        start.setId("train-start");
        pause.setId("train-pause");
        stop.setId("train-stop");
        explore.setId("train-explore");
        status.setId("train-status");
        progress.setId("train-progress");
        start.setDefaultButton(true);
        start.disableProperty().bind(running.or(fetch.downloadingProperty()));
        pause.disableProperty().bind(running.not());
        stop.disableProperty().bind(running.not());
        explore.setDisable(true);
        start.setOnAction(e -> startPressed());
        pause.setOnAction(e -> pausePressed());
        stop.setOnAction(e -> StopQuestion.ask(owner.get(), texts.text(TrainText.STOP_NOW), this::stopAnswered));
        explore.setOnAction(e -> openModel.accept(saved));
        form.lockWhile(running.or(fetch.downloadingProperty()));
        toolbar.getItems().addAll(start, pause, stop, new Separator(), explore);
        ScrollPane side = new ScrollPane(form);
        side.setFitToWidth(true);
        side.getStyleClass().add("side-scroller");
        side.setPrefWidth(270);
        setLeft(side);
        setCenter(panel);
        HBox statusBar = new HBox(10, progress, status);
        statusBar.getStyleClass().add("status-bar");
        HBox.setHgrow(status, Priority.ALWAYS);
        setTop(toolbar);
        setBottom(statusBar);
    }

    public ToolBar toolbar() {
        return toolbar;
    }

    /** Where models are saved (the models folder unless a test says otherwise). */
    public void setModelsFolder(Path folder) {
        form.modelsFolderProperty().set(folder);
    }

    public boolean isRunning() {
        return running.get();
    }

    /**
     * The window is being closed: while a model learns, asks Stop and save / Discard / Keep training and returns true
     * (the close waits; {@code closeWindow} runs once the run has ended as chosen); otherwise returns false.
     */
    public boolean holdClose(Runnable closeWindow) {
        if (run == null || !run.isAlive()) {
            return false;
        }
        StopQuestion.ask(owner.get(), texts.text(TrainText.STILL_LEARNING), answer -> {
            if (answer != StopQuestion.Answer.KEEP_TRAINING) {
                afterRun = closeWindow;
                stopAnswered(answer);
            }
        });
        return true;
    }

    /** The app is quitting: a run still going stops without saving, and is waited for (a few seconds at most). */
    public void close() {
        if (run != null && run.isAlive()) {
            run.stop(false);
            try {
                run.await(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void startPressed() {
        TrainSettings settings;
        try {
            settings = form.settings();
        } catch (IllegalArgumentException e) {
            problem(e.getMessage());
            return;
        }
        Path target = form.modelsFolderProperty().get().resolve(settings.name());
        try {
            ModelStore.requireReplaceable(target);
        } catch (IOException e) {
            problem(Files.isDirectory(target) ? texts.format(TrainText.NOT_A_MODEL, target) : e.getMessage());
            return;
        }
        if (!Files.exists(target)) {
            fetch.thenStart(settings, () -> begin(settings));
            return;
        }
        ButtonType replaceIt = new ButtonType(texts.text(TrainText.REPLACE), ButtonType.OK.getButtonData());
        ButtonType cancel = DialogButtons.cancel();
        Alert replace = new Alert(Alert.AlertType.CONFIRMATION, texts.format(TrainText.REPLACE_QUESTION, settings.name()), replaceIt, cancel);
        replace.initOwner(owner.get());
        replace.setTitle(texts.text(TrainText.REPLACE_TITLE));
        replace.getDialogPane().getStylesheets().addAll(getScene().getStylesheets());
        replace.getDialogPane().setId("train-replace-question");
        replace.getDialogPane().lookupButton(replaceIt).setId("train-replace");
        replace.getDialogPane().lookupButton(cancel).setId("train-replace-cancel");
        replace.setHeaderText(null);
        replace.showAndWait().filter(replaceIt::equals).ifPresent(b -> fetch.thenStart(settings, () -> begin(settings)));
    }

    private void begin(TrainSettings settings) {
        panel.clear(settings.epochs(), settings.dataset() != null ? settings.dataset().classNames() : settings.folder().classNames());
        explore.setDisable(true);
        saved = null;
        progress.setProgress(0);
        status.getStyleClass().remove("train-problem");
        status.setText(texts.text(TrainText.READING));
        pause.setText(texts.text(TrainText.PAUSE));
        run = new TrainingRun(settings.plan(form.modelsFolderProperty().get()), news(), inbox);
        running.set(true);
        run.start();
    }

    private void pausePressed() {
        boolean nowPaused = !run.isPaused();
        run.pause(nowPaused);
        pause.setText(texts.text(nowPaused ? TrainText.GO_ON : TrainText.PAUSE));
        if (nowPaused) {
            status.setText(texts.text(TrainText.PAUSED));
        }
    }

    private void stopAnswered(StopQuestion.Answer answer) {
        if (run == null || !run.isAlive() || answer == StopQuestion.Answer.KEEP_TRAINING) {
            return;
        }
        run.stop(answer == StopQuestion.Answer.SAVE);
        status.setText(texts.text(answer == StopQuestion.Answer.SAVE ? TrainText.STOPPING_SAVING : TrainText.STOPPING));
    }

    private void problem(String text) {
        status.setText(text);
        if (!status.getStyleClass().contains("train-problem")) {
            status.getStyleClass().add("train-problem");
        }
    }

    // ---- the run's news, on the FX thread

    private TrainingRun.Watcher news() {
        return new TrainingRun.Watcher() {
            @Override
            public void batch(int epoch, int batch, int batches, double runningLoss) {
                batchDone(epoch, batch, batches, runningLoss);
            }

            @Override
            public void epoch(EpochMetrics metrics) {
                panel.epoch(metrics);
            }

            @Override
            public void picture(EpochPicture picture) {
                panel.picture(picture);
            }

            @Override
            public void saved(TrainingResult result, boolean stopped) {
                savedAs(result, stopped);
            }

            @Override
            public void ended(String why, boolean failed) {
                endedWithout(why, failed);
            }
        };
    }

    private void batchDone(int epoch, int batch, int batches, double runningLoss) {
        int epochs = run.plan().epochs();
        progress.setProgress((epoch - 1 + (double) batch / batches) / epochs);
        if (!run.isPaused() && !run.stopAsked()) {
            status.setText(texts.format(TrainText.BATCH, epoch, epochs, batch, batches, texts.number(runningLoss, 1)));
        }
        panel.batch(epoch, batch, batches, runningLoss);
    }

    private void savedAs(TrainingResult result, boolean stopped) {
        saved = result.model();
        explore.setDisable(false);
        progress.setProgress(1);
        String savedAs = texts.format(TrainText.SAVED_AS, result.model().getFileName(),
                texts.number(result.card().metrics().testNegativeElbo(), 1));
        status.setText(stopped ? texts.format(TrainText.STOPPED_IN_EPOCH, result.card().training().epochs() + 1) + " " + savedAs : savedAs);
        runEnded();
    }

    private void endedWithout(String why, boolean failed) {
        if (failed) {
            problem(why);
        } else {
            status.setText(why);
        }
        runEnded();
    }

    private void runEnded() {
        running.set(false);
        form.runDone();
        if (afterRun != null) {
            Runnable then = afterRun;
            afterRun = null;
            then.run();
        }
    }

    // ---- for tests

    TrainForm form() {
        return form;
    }

    PictureFolder pictures() {
        return pictures;
    }

    RunPanel panel() {
        return panel;
    }

    Path savedModel() {
        return saved;
    }

    String statusText() {
        return status.getText();
    }

    int handOvers() {
        return inbox.handOvers();
    }
}
