package org.latentexplorer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.Melody;
import org.latentexplorer.data.MelodyCorpus;
import org.latentexplorer.data.MelodySource;
import org.latentexplorer.model.MelodyVae;
import org.latentexplorer.model.MelodyVaeConfig;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelStore;

/** Short real training runs on melodies from the default MIDI corpus, split by song. */
class MelodyVaeTrainerTest {
    private static MelodyVaeTrainer.Split split;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadCorpus() throws IOException {
        MelodyCorpus corpus = MelodyCorpus.load(MelodySource.games(), 10, 16);
        split = new MelodyVaeTrainer.Split(corpus.melodies(false).subList(0, 1000), corpus.melodies(true).subList(0, 150),
                corpus.songs());
    }

    private MelodyTrainingPlan plan(int epochs, boolean resume) {
        return plan(epochs, resume, 0f);
    }

    private MelodyTrainingPlan plan(int epochs, boolean resume, float sampling) {
        return plan(epochs, resume, sampling, 0.2f);
    }

    private MelodyTrainingPlan plan(int epochs, boolean resume, float sampling, float beta) {
        return new MelodyTrainingPlan("tiny-melody", new MelodyVaeConfig(64, 128, 16, 32), MelodySource.games(), 10,
                16, epochs, 32, 0.003f, Schedule.CONSTANT, beta, 8f, 1, 5, sampling, 1, 0, 400, dir.resolve("model"),
                dir.resolve("checkpoints"), resume, "test");
    }

    @Test
    void heldOutLossFallsAccuracyRisesAndTheModelReloadsToTheSameDecodes() throws IOException {
        MelodyVaeTrainer.MelodyResult result = new MelodyVaeTrainer(plan(3, false, 0.5f), ProgressListener.SILENT).run(split);
        List<MelodyEpochMetrics> history = result.history();
        assertEquals(3, history.size());
        MelodyEpochMetrics first = history.get(0);
        MelodyEpochMetrics last = history.get(2);
        assertTrue(last.testCrossEntropy() < first.testCrossEntropy() - 3,
                "held-out cross-entropy should fall: " + first.testCrossEntropy() + " -> " + last.testCrossEntropy());
        assertTrue(last.reconstructionAccuracy() > 0.3, "the decoder must do better than chance: " + last.reconstructionAccuracy());

        Path model = dir.resolve("model");
        assertEquals(4, Files.readAllLines(model.resolve(ImageVaeTrainer.METRICS_FILE)).size());
        try (ModelStore.LoadedModel<MelodyVae> loaded = ModelStore.loadMelody(model)) {
            assertEquals(ModelKind.MELODY, loaded.card().kind());
            assertEquals(last.reconstructionAccuracy(), loaded.card().metrics().extra().get("reconstructionAccuracy"), 1e-9);
            assertEquals(MelodySource.games(), MelodySource.parse(loaded.card().dataset().name()), "the card names its corpus");
            assertEquals(Map.of("testEvery", 10.0, "trainHop", 16.0, "transpose", 5.0), loaded.card().training().settings());
            assertEquals(400, loaded.latentMap().orElseThrow().count());
            float[][] points = {new float[16], loaded.latentMap().get().means().length > 0
                    ? java.util.Arrays.copyOfRange(loaded.latentMap().get().means(), 0, 16) : new float[16]};
            int[][] decoded = loaded.model().decode(points, 0, null);
            try (ModelStore.LoadedModel<MelodyVae> again = ModelStore.loadMelody(model)) {
                assertArrayEquals(decoded, again.model().decode(points, 0, null));
            }
            IOException wrongKind = assertThrows(IOException.class, () -> ModelStore.loadImageVae(model));
            assertTrue(wrongKind.getMessage().contains("melody model"), wrongKind.getMessage());
        }
    }

    @Test
    void aRunWithNoCheckpointToResumeOrALossThatBecomesNaNSavesNothing() throws IOException {
        IOException none = assertThrows(IOException.class, () -> new MelodyVaeTrainer(plan(1, true), ProgressListener.SILENT).run(split));
        assertTrue(none.getMessage().startsWith("no checkpoint for this run at ") && none.getMessage().endsWith("start over"),
                none.getMessage());
        MelodyTrainingPlan diverging = new MelodyTrainingPlan("nan", new MelodyVaeConfig(16, 16, 4, 32), MelodySource.games(),
                10, 16, 1, 32, 1e30f, Schedule.CONSTANT, 0.2f, 0f, 0, 0, 0f, 1, 0, 100, dir.resolve("model"),
                dir.resolve("checkpoints"), false, "test");
        IOException nan = assertThrows(IOException.class, () -> new MelodyVaeTrainer(diverging, ProgressListener.SILENT).run(split));
        assertTrue(nan.getMessage().matches("epoch 1, batch \\d+: the loss became (NaN|infinite); nothing was saved; try a lower --lr"),
                nan.getMessage());
        assertTrue(Files.notExists(dir.resolve("model")) && Files.notExists(dir.resolve("checkpoints").resolve("model")));
        IllegalArgumentException batch = assertThrows(IllegalArgumentException.class, () -> new MelodyVaeTrainer(
                new MelodyTrainingPlan("big", new MelodyVaeConfig(16, 16, 4, 32), MelodySource.games(), 10, 16, 1, 1001,
                        0.001f, Schedule.CONSTANT, 0.2f, 0f, 0, 0, 0f, 1, 0, 100, dir.resolve("model"), null, false, "test"),
                ProgressListener.SILENT).run(split));
        assertEquals("--batch 1001 is larger than the training set (1000 melodies); use 1..1000", batch.getMessage());
    }

    @Test
    void resumingContinuesFromTheCheckpointOfThisRunOnly() throws IOException {
        new MelodyVaeTrainer(plan(1, false), ProgressListener.SILENT).run(split);
        MelodyVaeTrainer.MelodyResult resumed = new MelodyVaeTrainer(plan(2, true), ProgressListener.SILENT).run(split);
        assertEquals(1, resumed.history().size(), "only the second epoch runs");
        assertEquals(2, resumed.last().epoch());
        assertEquals(3, Files.readAllLines(dir.resolve("model").resolve(ImageVaeTrainer.METRICS_FILE)).size());

        IOException otherBeta = assertThrows(IOException.class,
                () -> new MelodyVaeTrainer(plan(3, true, 0f, 0.3f), ProgressListener.SILENT).run(split));
        assertEquals(dir.resolve("checkpoints").resolve("model") + ": the checkpoint is of another run (--beta 0.2 there, 0.3 here);"
                + " run without --resume to start over", otherBeta.getMessage());
    }

    @Test
    void scheduledSamplingFeedsTheTruthThePredictionOrAMixShiftedOneStep() {
        int steps = 32;
        int[] truth = new int[2 * steps];
        int[] predicted = new int[2 * steps];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = 2 + i % 50;
            predicted[i] = 60 + i % 25;
        }
        float[] teacher = MelodyTask.previousEvents(truth, predicted, 2, steps, 0f, new Random(1));
        float[] own = MelodyTask.previousEvents(truth, predicted, 2, steps, 1f, new Random(1));
        float[] mixed = MelodyTask.previousEvents(truth, predicted, 2, steps, 0.5f, new Random(1));
        int fromPrediction = 0;
        for (int i = 0; i < 2; i++) {
            assertEquals(-1, hotClass(teacher, i * steps), "the first step sees nothing");
            assertEquals(-1, hotClass(own, i * steps));
            for (int t = 1; t < steps; t++) {
                int row = i * steps + t;
                assertEquals(truth[row - 1], hotClass(teacher, row));
                assertEquals(predicted[row - 1], hotClass(own, row));
                int mixedClass = hotClass(mixed, row);
                assertTrue(mixedClass == truth[row - 1] || mixedClass == predicted[row - 1]);
                fromPrediction += mixedClass == predicted[row - 1] ? 1 : 0;
            }
        }
        assertTrue(fromPrediction > 15 && fromPrediction < 47, "about half of 62 steps: " + fromPrediction);
    }

    private static int hotClass(float[] oneHot, int row) {
        int hot = -1;
        for (int c = 0; c < Melody.CLASSES; c++) {
            if (oneHot[row * Melody.CLASSES + c] == 1f) {
                assertEquals(-1, hot, "one class per step");
                hot = c;
            } else {
                assertEquals(0f, oneHot[row * Melody.CLASSES + c]);
            }
        }
        return hot;
    }

    @Test
    void aFolderWithNothingUsableSaysWhatWasFound() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("midi"));
        Files.writeString(empty.resolve("broken.mid"), "not midi");
        MelodyTrainingPlan plan = new MelodyTrainingPlan("none", new MelodyVaeConfig(8, 8, 2, 32), new MelodySource.Midi(List.of(empty)), 10, 16, 1, 8,
                0.001f, Schedule.CONSTANT, 0.2f, 0, 0, 0, 0f, 1, 0, 0, dir.resolve("out"), null, false, "test");
        IOException e = assertThrows(IOException.class, () -> new MelodyVaeTrainer(plan, ProgressListener.SILENT).run());
        assertTrue(e.getMessage().contains("1 MIDI files (1 unreadable)"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("out")));
    }
}
