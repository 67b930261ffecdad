package org.latentexplorer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.model.LatentMap;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.model.VaeConfig;

/** Short real training runs on a slice of MNIST. */
class ImageVaeTrainerTest {
    private static LabeledImages train;
    private static LabeledImages test;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadMnist() throws IOException {
        Path mnist = ImageDataset.MNIST.defaultDirectory();
        train = ImageDataset.load(mnist, ImageDataset.Split.TRAIN).head(3000);
        test = ImageDataset.load(mnist, ImageDataset.Split.TEST).head(500);
    }

    private TrainingPlan plan(int epochs, boolean resume, long seed) {
        return new TrainingPlan("tiny", VaeConfig.mlp(2, 128), ImageDataset.MNIST, ImageDataset.MNIST.defaultDirectory(),
                epochs, 64, 0.002f, Schedule.CONSTANT, 1f, seed, 0, 0, dir.resolve("model"), dir.resolve("checkpoints"),
                resume, "test");
    }

    @Test
    void testLossFallsAndTheModelIsSavedWithMetricsAndLatentMap() throws IOException {
        TrainingResult result = new ImageVaeTrainer(plan(3, false, 1), ProgressListener.SILENT).run(train, test);
        List<EpochMetrics> history = result.history();
        assertEquals(3, history.size());
        double first = history.get(0).testNegativeElbo();
        double last = history.get(2).testNegativeElbo();
        assertTrue(last < first - 5, "test -ELBO should fall by more than 5 nats: " + first + " -> " + last);
        assertTrue(history.get(2).trainLoss() < history.get(0).trainLoss());
        assertTrue(last < 250, "a VAE on MNIST should beat 250 nats after 3 epochs, got " + last);

        Path model = dir.resolve("model");
        assertTrue(Files.exists(model.resolve(ImageVaeTrainer.METRICS_FILE)));
        assertEquals(4, Files.readAllLines(model.resolve(ImageVaeTrainer.METRICS_FILE)).size());
        try (LatentSpace space = LatentSpace.open(model)) {
            assertEquals(last, space.card().metrics().testNegativeElbo(), 1e-9);
            LatentMap map = space.latentMap().orElseThrow();
            assertEquals(500, map.count());
            assertArrayEquals(test.labels(), map.labels());
            float[] encoded = space.encode(test.images().image(7));
            assertEquals(map.coordinate(7, 0), encoded[0], 1e-4);
            assertEquals(map.coordinate(7, 1), encoded[1], 1e-4);
        }
    }

    @Test
    void onFashionMnistTheVaeBeatsTheMeanImage() throws IOException {
        Path fashion = ImageDataset.FASHION_MNIST.defaultDirectory();
        LabeledImages clothes = ImageDataset.load(fashion, ImageDataset.Split.TRAIN).head(3000);
        LabeledImages heldOut = ImageDataset.load(fashion, ImageDataset.Split.TEST).head(500);
        TrainingPlan plan = new TrainingPlan("tiny-fashion", VaeConfig.mlp(8, 256), ImageDataset.FASHION_MNIST, fashion, 3, 64, 0.002f,
                Schedule.CONSTANT, 1f, 3, 0, 0, dir.resolve("fashion"), null, false, "test");
        TrainingResult result = new ImageVaeTrainer(plan, ProgressListener.SILENT).run(clothes, heldOut);
        double first = result.history().get(0).testNegativeElbo();
        double last = result.last().testNegativeElbo();
        assertTrue(last < first - 3, "test -ELBO should fall: " + first + " -> " + last);

        int pixels = clothes.images().imageSize();
        float[] mean = new float[pixels];
        for (int i = 0; i < clothes.count(); i++) {
            float[] image = clothes.images().image(i);
            for (int p = 0; p < pixels; p++) {
                mean[p] += image[p] / clothes.count();
            }
        }
        double meanImageBce = 0;
        for (int i = 0; i < heldOut.count(); i++) {
            meanImageBce += org.latentexplorer.lab.ImageQuality.bce(heldOut.images().image(i), mean) / heldOut.count();
        }
        assertTrue(last < meanImageBce - 50, "the VAE's -ELBO " + last + " should beat the mean image's cross-entropy " + meanImageBce);
    }

    @Test
    void sameSeedGivesTheSameModelAndResumeContinuesTheCount() throws IOException {
        TrainingResult once = new ImageVaeTrainer(plan(1, false, 5), ProgressListener.SILENT).run(train.head(1000), test.head(200));
        float[] firstDecode;
        try (LatentSpace space = LatentSpace.open(once.model())) {
            firstDecode = space.decode(new float[] {0.3f, -0.4f});
        }
        TrainingResult again = new ImageVaeTrainer(plan(1, false, 5), ProgressListener.SILENT).run(train.head(1000), test.head(200));
        assertEquals(once.last().testNegativeElbo(), again.last().testNegativeElbo(), 1e-6);
        try (LatentSpace space = LatentSpace.open(again.model())) {
            assertArrayEquals(firstDecode, space.decode(new float[] {0.3f, -0.4f}), 1e-6f);
        }

        TrainingResult resumed = new ImageVaeTrainer(plan(2, true, 5), ProgressListener.SILENT).run(train.head(1000), test.head(200));
        assertEquals(1, resumed.history().size(), "a resumed run trains only the missing epoch");
        assertEquals(2, resumed.last().epoch());
        assertEquals(2, resumed.card().training().epochs());
        assertEquals(3, Files.readAllLines(dir.resolve("checkpoints").resolve(ImageVaeTrainer.METRICS_FILE)).size());
        assertTrue(resumed.last().testNegativeElbo() < once.last().testNegativeElbo());
    }

    @Test
    void checkpointsDoNotTouchTheOutputUntilTheEnd() throws IOException {
        new ImageVaeTrainer(plan(1, false, 9), ProgressListener.SILENT).run(train.head(500), test.head(100));
        assertTrue(Files.exists(dir.resolve("checkpoints").resolve("model").resolve(ModelStore.CARD_FILE)));
        assertTrue(Files.exists(dir.resolve("model").resolve(ModelStore.LATENT_MAP_FILE)));
    }
}
