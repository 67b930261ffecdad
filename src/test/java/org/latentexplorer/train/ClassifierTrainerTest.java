package org.latentexplorer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.latentexplorer.train.LabTrainingData.TEST;
import static org.latentexplorer.train.LabTrainingData.TRAIN;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.ClassifierConfig;
import org.latentexplorer.model.DigitClassifier;
import org.latentexplorer.model.ModelStore;

class ClassifierTrainerTest {
    @TempDir
    Path dir;

    private ClassifierPlan plan(ClassifierConfig config, int epochs, boolean resume) {
        return new ClassifierPlan(config, LabTrainingData.source(), LabTrainingData.run(dir, epochs, 0.002f, resume, 4));
    }

    @Test
    void aShortRunClassifiesNineInTenHeldOutDigits() throws IOException {
        TrainedModel result = new ClassifierTrainer(plan(ClassifierConfig.digits(Architecture.CONV, List.of(8, 16, 64)), 3, false),
                ProgressListener.SILENT).run(TRAIN, TEST);
        assertTrue(result.last().trainLoss() < result.history().get(0).trainLoss(), "training loss should fall");
        double accuracy = result.last().figure("testAccuracy");
        assertTrue(accuracy >= 0.9, "test accuracy " + accuracy);
        assertEquals(accuracy, result.card().metrics().extra().get("testAccuracy"), 1e-12);
        try (ModelStore.LoadedModel<DigitClassifier> loaded = ModelStore.loadClassifier(result.model(), Device.cpu())) {
            int[] predicted = loaded.model().predict(TEST.images().pixels(), TEST.count());
            int right = 0;
            for (int i = 0; i < predicted.length; i++) {
                right += predicted[i] == TEST.labels()[i] ? 1 : 0;
            }
            assertEquals(accuracy, right / (double) TEST.count(), 1e-12, "the saved network gives the recorded accuracy");
        }
    }

    @Test
    void resumeContinuesTheCountFromTheCheckpoint() throws IOException {
        ClassifierConfig config = ClassifierConfig.digits(Architecture.MLP, List.of(64));
        TrainedModel first = new ClassifierTrainer(plan(config, 1, false), ProgressListener.SILENT).run(TRAIN.head(1000), TEST.head(200));
        TrainedModel resumed = new ClassifierTrainer(plan(config, 3, true), ProgressListener.SILENT).run(TRAIN.head(1000), TEST.head(200));
        assertEquals(2, resumed.history().size(), "a resumed run trains only the missing epochs");
        assertEquals(List.of(2, 3), resumed.history().stream().map(EpochFigures::epoch).toList());
        assertEquals(3, resumed.card().training().epochs());
        assertEquals(4, Files.readAllLines(dir.resolve("checkpoints").resolve(ImageVaeTrainer.METRICS_FILE)).size());
        assertTrue(resumed.last().figure("testCrossEntropy") < first.last().figure("testCrossEntropy"),
                "training went on from the checkpoint, not from scratch");
    }
}
