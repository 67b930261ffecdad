package org.latentexplorer.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.ui.ExplorerFxTest;
import org.testfx.util.WaitForAsyncUtils;

/** Pause, Stop (save or discard), and closing the window while a model learns. */
class TrainControlsTest extends ExplorerFxTest {
    @TempDir
    Path models;

    TrainControlsTest() {
        super(180_000);
    }

    @BeforeAll
    static void setUpToolkit() throws Exception {
        registerHeadlessStage();
    }

    private TrainView startTraining(String name) throws Exception {
        app = TrainViewTest.openOnTrain(this, models);
        TrainView view = app.trainView();
        clickOn("#train-name").eraseText(onFx(() -> view.form().settings().name()).length()).write(name);
        clickOn("#train-start");
        waitUntil("some batches ran", () -> view.panel().chart().runningSeries().getData().size() >= 3);
        return view;
    }

    private int runningPoints(TrainView view) throws Exception {
        return onFx(() -> view.panel().chart().runningSeries().getData().size());
    }

    /** What is in the models folder: the saved models, and no staging folder left behind. */
    private List<String> modelsFolder() throws Exception {
        try (Stream<Path> entries = Files.list(models)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void pauseHoldsTheRunAndStopAndSaveWhilePausedSavesTheModelAsItIsAndItOpens() throws Exception {
        TrainView view = startTraining("paused");
        clickOn("#train-pause");
        assertEquals("Go on", lookup("#train-pause").queryButton().getText());
        assertTrue(onFx(view::statusText).startsWith("Paused"), onFx(view::statusText));
        Thread.sleep(300); // a batch under way when Pause was pressed may still report
        int held = runningPoints(view);
        Thread.sleep(1500);
        assertEquals(held, runningPoints(view), "no batch runs while paused");
        assertTrue(view.isRunning());

        clickOn("#train-stop");
        clickOn("#train-stop-save");
        waitUntil("the run stopped", () -> !view.isRunning());
        Path saved = models.resolve("paused");
        assertEquals(saved, onFx(view::savedModel), onFx(view::statusText));
        assertTrue(onFx(view::statusText).startsWith("Stopped in epoch 1. Saved as paused. Test −ELBO "), onFx(view::statusText));
        assertEquals(List.of("paused"), modelsFolder());
        try (LatentSpace space = LatentSpace.open(saved)) {
            assertEquals(0, space.card().training().epochs(), "no whole epoch was done");
            assertEquals(10_000, space.latentMap().orElseThrow().count());
            assertTrue(space.card().metrics().testNegativeElbo() < 543, "it learned something before the stop: "
                    + space.card().metrics().testNegativeElbo());
        }
        assertFalse(lookup("#train-explore").queryButton().isDisabled(), "the stopped model can be explored");
    }

    @Test
    void stopAndDiscardSavesNothingAndKeepTrainingGoesOn() throws Exception {
        TrainView view = startTraining("discarded");
        clickOn("#train-stop");
        clickOn("#train-keep-training");
        int before = runningPoints(view);
        waitUntil("it goes on", () -> runningPoints(view) > before);
        assertTrue(view.isRunning());

        clickOn("#train-stop");
        clickOn("#train-stop-discard");
        waitUntil("the run stopped", () -> !view.isRunning());
        assertEquals("Stopped. Nothing was saved.", onFx(view::statusText));
        assertEquals(List.of(), modelsFolder(), "nothing saved, nothing left half-written");
        assertTrue(lookup("#train-explore").queryButton().isDisabled());
        assertFalse(lookup("#train-start").queryButton().isDisabled(), "a new run can start");
    }

    @Test
    void aNameInUseIsReplacedOnlyWhenTheUserSaysSoAndAFolderThatIsNoModelIsNeverUsed() throws Exception {
        Path taken = copyModel(org.latentexplorer.latent.ModelCatalog.defaultRoot().resolve("mnist-vae-2d"), models.resolve("taken"));
        byte[] card = Files.readAllBytes(taken.resolve("model.json"));
        Files.writeString(Files.createDirectories(models.resolve("notes")).resolve("todo.txt"), "mine");
        app = TrainViewTest.openOnTrain(this, models);
        TrainView view = app.trainView();
        assertEquals("my-mnist-2d", onFx(() -> view.form().settings().name()));

        clickOn("#train-name").eraseText(11).write("notes");
        clickOn("#train-start");
        assertEquals(models.resolve("notes") + " is there and is not a model: choose another name.", onFx(view::statusText));
        assertFalse(view.isRunning());

        clickOn("#train-name").eraseText(5).write("taken");
        clickOn("#train-start");
        clickOn("#train-replace-cancel");
        assertFalse(view.isRunning(), "Cancel starts nothing");
        assertTrue(Arrays.equals(card, Files.readAllBytes(taken.resolve("model.json"))), "the model is untouched");
        assertEquals("mine", Files.readString(models.resolve("notes").resolve("todo.txt")));

        clickOn("#train-epochs .text-field").push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).write("three");
        clickOn("#train-name").eraseText(5).write("a/b");
        assertEquals("3", lookup("#train-epochs .text-field").queryTextInputControl().getText(), "no number: the one in use is back");
        clickOn("#train-start");
        assertEquals("The name 'a/b' does not work as a folder name: use letters, numbers, - and _ (up to 64).", onFx(view::statusText));
        assertFalse(view.isRunning());
    }

    @Test
    void closingTheWindowWhileItLearnsAsksAndClosesOnlyOnceTheModelIsSaved() throws Exception {
        TrainView view = startTraining("closed");
        Stage stage = onFx(() -> (Stage) view.getScene().getWindow());
        interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(stage::isShowing), "the window waits for the answer");
        clickOn("#train-keep-training");
        assertTrue(onFx(stage::isShowing) && view.isRunning(), "Keep training keeps the window and the run");

        interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        clickOn("#train-stop-save");
        waitUntil("the window closed", () -> !stage.isShowing());
        assertFalse(view.isRunning(), "the run ended before the window closed");
        assertEquals(List.of("closed"), modelsFolder());
        try (LatentSpace space = LatentSpace.open(models.resolve("closed"))) {
            assertEquals(2, space.latentSize());
        }
    }
}
