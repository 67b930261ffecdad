package org.latentexplorer.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.chart.XYChart;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.ui.ExplorerApp;
import org.latentexplorer.ui.ExplorerFxTest;
import org.latentexplorer.ui.widgets.ModelChoices;
import org.testfx.api.FxToolkit;

/** The bar: training from the window on MNIST for 3 epochs with latent 2 reaches test −ELBO ≤ 165, and you watch it happen. */
class TrainViewTest extends ExplorerFxTest {
    private static final double BAR = 165;
    private static final int MNIST_BATCHES = 469;

    @TempDir
    Path models;

    TrainViewTest() {
        super(300_000);
    }

    @BeforeAll
    static void setUpToolkit() throws Exception {
        registerHeadlessStage();
    }

    /** The window opened on Train, saving into {@code models} (a test never writes into the project's models folder). */
    static ExplorerApp openOnTrain(ExplorerFxTest test, Path models) throws Exception {
        Path shipped = ModelCatalog.defaultRoot().resolve("mnist-vae-2d");
        ExplorerApp opened = (ExplorerApp) FxToolkit.setupApplication(() -> new ExplorerApp(shipped, ExplorerApp.Mode.TRAIN,
                org.latentexplorer.music.MelodyPlayer.SynthesizerSource.DEFAULT));
        TrainView view = opened.trainView();
        assertNotNull(view, "the window opens on Train");
        test.interact(() -> view.setModelsFolder(models));
        return opened;
    }

    /** Types {@code value} into a spinner's text field and commits it with Enter, as a user does. */
    void typeInto(String spinnerId, String value) {
        clickOn(spinnerId + " .text-field").push(KeyCode.CONTROL, KeyCode.A).write(value).push(KeyCode.ENTER);
    }

    @Test
    void threeEpochsOfMnistWithLatentTwoReachTheBarAndTheWindowShowsEachEpoch() throws Exception {
        app = openOnTrain(this, models);
        TrainView view = app.trainView();
        clickOn("#train-mnist");
        typeInto("#train-latent", "2");
        typeInto("#train-epochs", "3");
        TrainSettings chosen = onFx(() -> view.form().settings());
        assertEquals(2, chosen.latentSize());
        assertEquals(3, chosen.epochs());
        String name = chosen.name();
        assertEquals("my-mnist-2d", name, "a free name is suggested");

        AtomicLong worstStallMillis = new AtomicLong();
        Thread prober = stallProber(worstStallMillis);
        long started = System.nanoTime();
        clickOn("#train-start");
        waitUntil("training started", view::isRunning);
        prober.start();
        waitUntil("training finished", () -> !view.isRunning());
        double seconds = (System.nanoTime() - started) / 1e9;
        prober.interrupt();

        Path saved = models.resolve(name);
        assertEquals(saved, onFx(view::savedModel), onFx(view::statusText));
        LossChart chart = onFx(() -> view.panel().chart());
        List<Double> test = onFx(() -> values(chart.testSeries()));
        List<Double> train = onFx(() -> values(chart.trainSeries()));
        int running = onFx(() -> chart.runningSeries().getData().size());
        System.out.printf("Train view, MNIST 3 epochs latent 2: test -ELBO %s, train %s, %.1f s in all, %d running-loss points,"
                + " %d hand-overs to the FX thread, worst FX stall %d ms%n", test, train, seconds, running, view.handOvers(),
                worstStallMillis.get());
        assertEquals(3, test.size(), "one test point per epoch");
        assertEquals(3, train.size(), "one training point per epoch");
        assertTrue(test.get(2) <= BAR, "test −ELBO after 3 epochs: " + test.get(2));
        assertTrue(test.get(2) < test.get(0), "it learns: " + test);
        assertTrue(running > 3, "the running loss is drawn while it learns: " + running);
        assertTrue(view.handOvers() < 3 * MNIST_BATCHES / 4, "updates reach the FX thread coalesced, not one per batch: "
                + view.handOvers() + " for " + 3 * MNIST_BATCHES + " batches");
        assertTrue(worstStallMillis.get() < 1000, "the window stays responsive: the FX thread stood still at most "
                + worstStallMillis.get() + " ms");
        assertEquals(List.of(1, 2, 3), onFx(() -> view.panel().map().epochsDrawn()), "the map is redrawn after every epoch");
        assertEquals(10_000, onFx(() -> view.panel().map().scatter().size()), "every test picture is a dot");
        Image samples = onFx(() -> view.panel().samples().getImage());
        assertEquals(4 * 28 * RunPanel.SAMPLE_SCALE, samples.getWidth(), "a 4x4 grid of sampled pictures");
        assertTrue(onFx(view::statusText).startsWith("Saved as " + name + ". Test −ELBO "), onFx(view::statusText));

        try (LatentSpace space = LatentSpace.open(saved)) {
            assertEquals(2, space.latentSize());
            assertEquals(test.get(2), space.card().metrics().testNegativeElbo(), 1e-9, "the chart's last point is the saved model's");
            assertEquals(3, space.card().training().epochs());
            assertEquals(10_000, space.latentMap().orElseThrow().count());
        }
        assertTrue(Files.notExists(models.resolve(name + "-2")));

        clickOn("#train-explore");
        waitUntil("the model opened in Digits", () -> app.mode() == ExplorerApp.Mode.DIGITS && app.session().exploration().space() != null
                && ModelChoices.sameDirectory(app.session().exploration().space().directory(), saved));
    }

    private static List<Double> values(XYChart.Series<Number, Number> series) {
        return series.getData().stream().map(d -> d.getYValue().doubleValue()).toList();
    }

    /** Posts to the FX thread every 50 ms and keeps the longest wait before it ran: how long the window ever stood still. */
    private static Thread stallProber(AtomicLong worst) {
        Thread prober = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long posted = System.nanoTime();
                java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
                Platform.runLater(() -> {
                    worst.accumulateAndGet((System.nanoTime() - posted) / 1_000_000, Math::max);
                    ran.countDown();
                });
                try {
                    ran.await();
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-stall-prober");
        prober.setDaemon(true);
        return prober;
    }
}
