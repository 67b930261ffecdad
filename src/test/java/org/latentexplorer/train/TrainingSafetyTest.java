package org.latentexplorer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.model.VaeConfig;

/** Impossible settings are refused before training, a diverging run saves nothing, and a resume is this run's. */
class TrainingSafetyTest {
    private static final LabeledImages TRAIN = LabTrainingData.TRAIN.head(600);
    private static final LabeledImages TEST = LabTrainingData.TEST.head(100);

    @TempDir
    Path dir;

    private TrainingPlan plan(int epochs, int batch, float learningRate, float beta, boolean resume) {
        return new TrainingPlan("tiny", VaeConfig.mlp(2, 32), ImageDataset.MNIST, ImageDataset.MNIST.defaultDirectory(),
                epochs, batch, learningRate, Schedule.CONSTANT, beta, 1, 0, 0, dir.resolve("model"), dir.resolve("checkpoints"),
                resume, "test");
    }

    private TrainingResult train(TrainingPlan plan) throws IOException {
        return new ImageVaeTrainer(plan, ProgressListener.SILENT).run(TRAIN, TEST);
    }

    private static void assertRefused(Executable build, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::execute);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "'" + e.getMessage() + "' should mention '" + fragment + "'");
        }
    }

    /** A test body that may throw. */
    @FunctionalInterface
    private interface Executable {
        void execute() throws Throwable;
    }

    @Test
    void settingsNoRunCanUseAreRefusedNamingTheOptionAndItsRange() {
        assertRefused(() -> plan(1, 64, 0.001f, Float.NaN, false), "--beta", "finite number of 0 or more", "NaN");
        assertRefused(() -> plan(1, 64, 0.001f, -1f, false), "--beta", "-1.0");
        assertRefused(() -> plan(1, 64, 0.001f, Float.POSITIVE_INFINITY, false), "--beta", "Infinity");
        assertRefused(() -> plan(1, 64, 0f, 1f, false), "--lr", "above 0");
        assertRefused(() -> plan(1, 64, Float.NaN, 1f, false), "--lr", "NaN");
        assertRefused(() -> plan(1, 64, Float.POSITIVE_INFINITY, 1f, false), "--lr", "finite");
        assertRefused(() -> plan(0, 64, 0.001f, 1f, false), "--epochs must be 1 or more, got 0");
        assertRefused(() -> plan(1, 0, 0.001f, 1f, false), "--batch must be 1 or more, got 0");
    }

    @Test
    void aBatchLargerThanTheTrainingSetIsRefusedBeforeTraining() {
        assertRefused(() -> train(plan(1, 601, 0.001f, 1f, false)), "--batch 601 is larger than the training set (600", "1..600");
        assertFalse(Files.exists(dir.resolve("model")));
        assertFalse(Files.exists(dir.resolve("checkpoints")));
    }

    @Test
    void aLossThatStopsBeingANumberStopsTheRunAndSavesNothing() throws IOException {
        IOException first = assertThrows(IOException.class, () -> train(plan(2, 64, 1e30f, 1f, false)));
        assertTrue(first.getMessage().matches("epoch 1, batch \\d+: the loss became (NaN|infinite); nothing was saved; try a lower --lr"),
                first.getMessage());
        assertFalse(Files.exists(dir.resolve("model")), "no model is saved");
        assertFalse(Files.exists(dir.resolve("checkpoints").resolve("model")), "no checkpoint is saved");

        train(plan(1, 64, 0.001f, 1f, false));
        Path checkpoint = dir.resolve("checkpoints").resolve("model");
        String checkpointCard = Files.readString(checkpoint.resolve(ModelStore.CARD_FILE));
        String modelCard = Files.readString(dir.resolve("model").resolve(ModelStore.CARD_FILE));
        float[] poisoned = TRAIN.images().pixels().clone();
        poisoned[5] = Float.NaN;
        LabeledImages nanImage = new LabeledImages(new ImageSet(poisoned, TRAIN.count(), 28, 28), TRAIN.labels());
        IOException second = assertThrows(IOException.class,
                () -> new ImageVaeTrainer(plan(2, 64, 0.001f, 1f, true), ProgressListener.SILENT).run(nanImage, TEST));
        assertTrue(second.getMessage().matches("epoch 2, batch \\d+: the loss became NaN; nothing was saved; try a lower --lr"),
                second.getMessage());
        assertEquals(modelCard, Files.readString(dir.resolve("model").resolve(ModelStore.CARD_FILE)), "the model is not replaced");
        assertEquals(checkpointCard, Files.readString(checkpoint.resolve(ModelStore.CARD_FILE)), "the checkpoint is not replaced");
    }

    @Test
    void resumeWithoutACheckpointIsAnError() {
        IOException e = assertThrows(IOException.class, () -> train(plan(2, 64, 0.001f, 1f, true)));
        assertEquals("no checkpoint for this run at " + dir.resolve("checkpoints").resolve("model")
                + "; run without --resume to start over", e.getMessage());
        assertFalse(Files.exists(dir.resolve("model")));
    }

    @Test
    void aCheckpointOfAnotherRunIsNotResumed() throws IOException {
        train(plan(1, 64, 0.001f, 1f, false));
        IOException e = assertThrows(IOException.class, () -> train(plan(2, 32, 0.002f, 1f, true)));
        assertEquals(dir.resolve("checkpoints").resolve("model") + ": the checkpoint is of another run (--batch 64 there, 32 here,"
                + " --lr 0.001 there, 0.002 here); run without --resume to start over", e.getMessage());
        IOException beta = assertThrows(IOException.class, () -> train(plan(2, 64, 0.001f, 0.5f, true)));
        assertEquals(dir.resolve("checkpoints").resolve("model") + ": the checkpoint is of another run (--beta 1.0 there, 0.5 here);"
                + " run without --resume to start over", beta.getMessage());
    }

    @Test
    void aResumedRunsMetricsHoldEachEpochOnce() throws IOException {
        train(plan(2, 64, 0.001f, 1f, false));
        Path csv = dir.resolve("checkpoints").resolve(ImageVaeTrainer.METRICS_FILE);
        // a kill after epoch 3's row was written but before its checkpoint was saved
        Files.writeString(csv, "3,1.0,1.0,1.0,0.0,1.0\n", StandardOpenOption.APPEND);

        train(plan(4, 64, 0.001f, 1f, true));
        List<String> rows = Files.readAllLines(dir.resolve("model").resolve(ImageVaeTrainer.METRICS_FILE));
        assertEquals(List.of("1", "2", "3", "4"), rows.stream().skip(1).map(r -> r.substring(0, r.indexOf(','))).toList(),
                String.join("\n", rows));
        assertFalse(rows.contains("3,1.0,1.0,1.0,0.0,1.0"), "the row of the killed epoch is dropped");
    }

    /** Asks to stop once {@code batches} batches of {@code epoch} have run. */
    private static ProgressListener stoppingAfter(int epoch, int batches) {
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
        };
    }

    @Test
    void aStopRequestEndsTheRunAtTheNextBatchAndSavesNothingMore() throws IOException {
        Path model = dir.resolve("model");
        Path checkpoint = dir.resolve("checkpoints").resolve("model");
        TrainingStopped first = assertThrows(TrainingStopped.class,
                () -> new ImageVaeTrainer(plan(2, 64, 0.001f, 1f, false), stoppingAfter(1, 3)).run(TRAIN, TEST));
        assertEquals("stopped: interrupted during epoch 1; " + model + " is unchanged", first.getMessage());
        assertFalse(Files.exists(model), "no model is saved");
        assertFalse(Files.exists(checkpoint), "no checkpoint is saved");

        TrainingStopped second = assertThrows(TrainingStopped.class,
                () -> new ImageVaeTrainer(plan(3, 64, 0.001f, 1f, false), stoppingAfter(2, 2)).run(TRAIN, TEST));
        assertEquals("stopped: interrupted during epoch 2; " + model
                + " is unchanged (rerun with --resume to continue after epoch 1)", second.getMessage());
        assertFalse(Files.exists(model), "no model is saved");
        assertEquals(1, ModelStore.readCard(checkpoint).training().epochs(), "the checkpoint is epoch 1's");
        assertEquals(List.of(2, 3), train(plan(3, 64, 0.001f, 1f, true)).history().stream().map(EpochMetrics::epoch).toList(),
                "the resumed run trains epochs 2 and 3");
    }
}
