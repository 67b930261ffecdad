package org.latentexplorer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.model.LatentMap;
import org.latentexplorer.model.VaeConfig;

/** The hooks a window drives a run with: a look at the model after each epoch, pause, and a stop that keeps the model. */
class TrainingControlTest {
    private static final LabeledImages TRAIN = LabTrainingData.TRAIN.head(640);
    private static final LabeledImages TEST = LabTrainingData.TEST.head(100);

    @TempDir
    Path dir;

    private TrainingPlan plan(int epochs) {
        return new TrainingPlan("tiny", VaeConfig.mlp(3, 32), ImageDataset.MNIST, ImageDataset.MNIST.defaultDirectory(),
                epochs, 64, 0.001f, Schedule.CONSTANT, 1f, 1, 0, 0, dir.resolve("model"), null, false, "test");
    }

    /** Stops (keeping the model when {@code keep}) once {@code batches} batches of {@code epoch} have run. */
    private static ProgressListener stoppingAfter(int epoch, int batches, boolean keep) {
        return new ProgressListener() {
            private int seen;

            @Override
            public void batch(int e, int epochs, int batch, int total, double runningLoss, double elapsedSeconds) {
                seen = e == epoch ? batch : 0;
            }

            @Override
            public boolean stopRequested() {
                return seen >= batches;
            }

            @Override
            public boolean keepWhenStopped() {
                return keep;
            }
        };
    }

    @Test
    void afterEachEpochTheListenerSeesTheTestMapAndDecodesOfTheModelAsItStands() throws IOException {
        List<String> seen = new ArrayList<>();
        ProgressListener looking = new ProgressListener() {
            @Override
            public void epochModel(EpochModel model) {
                LatentMap map = model.testMap();
                float[] pixels = model.decode(new float[] {0, 0, 0, 1, -1, 0.5f}, 2);
                boolean probabilities = true;
                for (float p : pixels) {
                    probabilities &= p >= 0 && p <= 1;
                }
                seen.add(model.epoch() + ":" + model.latentSize() + ":" + map.count() + "x" + map.dimensions() + ":" + pixels.length
                        + ":" + probabilities);
            }
        };
        TrainingResult result = new ImageVaeTrainer(plan(2), looking).run(TRAIN, TEST);
        assertEquals(List.of("1:3:100x3:1568:true", "2:3:100x3:1568:true"), seen);
        assertEquals(2, result.card().training().epochs());
    }

    @Test
    void aStopThatKeepsTheModelMidEpochSavesOneThatOpensCountingOnlyWholeEpochs() throws Exception {
        Path model = dir.resolve("model");
        TrainingResult result = new ImageVaeTrainer(plan(3), stoppingAfter(2, 4, true)).run(TRAIN, TEST);
        assertEquals(1, result.card().training().epochs(), "epoch 1 was whole, epoch 2 stopped after 4 of 10 batches");
        assertEquals(2, result.history().size(), "epoch 1 and the stopped epoch 2 were measured");
        assertEquals(result.last().testNegativeElbo(), result.card().metrics().testNegativeElbo(), 1e-9,
                "the card's figures are the saved model's");
        assertEquals(2, Files.readAllLines(model.resolve(ImageVaeTrainer.METRICS_FILE)).size(), "the CSV holds the whole epoch only");
        try (LatentSpace space = LatentSpace.open(model)) {
            assertEquals(100, space.latentMap().orElseThrow().count());
            assertEquals(3, space.latentSize());
        }
    }

    @Test
    void aStopThatKeepsTheModelSavesNothingBeforeTheFirstBatchAndAStopThatDiscardsSavesNothing() {
        TrainingStopped early = assertThrows(TrainingStopped.class,
                () -> new ImageVaeTrainer(plan(2), stoppingAfter(0, 0, true)).run(TRAIN, TEST));
        assertTrue(early.getMessage().startsWith("stopped: interrupted during epoch 1;"), early.getMessage());
        assertFalse(Files.exists(dir.resolve("model")), "an untrained network is not kept");
        assertThrows(TrainingStopped.class, () -> new ImageVaeTrainer(plan(2), stoppingAfter(1, 3, false)).run(TRAIN, TEST));
        assertFalse(Files.exists(dir.resolve("model")));
    }

    @Test
    void timeHeldPausedIsLeftOutOfTheEpochsTime() throws IOException {
        long[] held = new long[1];
        ProgressListener pausingOnce = new ProgressListener() {
            @Override
            public long holdWhilePaused() {
                if (held[0] > 0) {
                    return 0;
                }
                long start = System.nanoTime();
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                held[0] = System.nanoTime() - start;
                return held[0];
            }
        };
        long start = System.nanoTime();
        TrainingResult result = new ImageVaeTrainer(plan(1), pausingOnce).run(TRAIN, TEST);
        double runSeconds = (System.nanoTime() - start) / 1e9;
        double heldSeconds = held[0] / 1e9;
        assertTrue(heldSeconds >= 1.5, "the run was held");
        // were the pause counted, the epoch alone would take longer than the whole run less the pause
        assertTrue(result.last().seconds() <= runSeconds - heldSeconds, "the epoch's time leaves the pause out: " + result.last().seconds()
                + " s of a run of " + runSeconds + " s held " + heldSeconds + " s");
    }
}
