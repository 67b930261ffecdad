package org.latentexplorer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.latentexplorer.train.LabTrainingData.TEST;
import static org.latentexplorer.train.LabTrainingData.TRAIN;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.model.PcaModel;
import org.latentexplorer.model.Reconstruction;

class PcaTrainerTest {
    @TempDir
    Path dir;

    @Test
    void reconstructionsBeatTheMeanImageAndImproveWithMoreAxes() throws IOException {
        float[] meanImage = LabTrainingData.meanImageRepeated(TRAIN.images(), TEST.count());
        double meanImageMse = Reconstruction.mean(Reconstruction.squaredErrors(meanImage, TEST.images().pixels(), 784));
        double meanImageBce = Reconstruction.mean(Reconstruction.crossEntropies(meanImage, TEST.images().pixels(), 784));
        double previousMse = meanImageMse;
        double previousRatio = 0;
        for (int k : new int[] {1, 2, 8, 32}) {
            PcaModel pca = PcaModel.fit(TRAIN.images(), k);
            Reconstruction r = pca.evaluate(TEST.images());
            assertTrue(r.meanSquaredError() < previousMse, k + " axes: MSE " + r.meanSquaredError() + " should be below " + previousMse);
            assertTrue(pca.explainedVarianceRatio() > previousRatio, k + " axes explain more");
            previousMse = r.meanSquaredError();
            previousRatio = pca.explainedVarianceRatio();
            if (k >= 8) {
                assertTrue(r.crossEntropy() < meanImageBce, k + " axes: cross-entropy " + r.crossEntropy() + " vs the mean image's "
                        + meanImageBce);
            }
        }
        assertTrue(previousMse < meanImageMse / 3, "32 axes keep most of the picture: " + previousMse + " vs " + meanImageMse);
        assertTrue(previousRatio > 0.6 && previousRatio < 1, "32 axes explain " + previousRatio);
    }

    @Test
    void theFitIsSavedWithItsFiguresCodesAndVarianceTable() throws IOException {
        Path output = dir.resolve("pca");
        TrainedModel result = new PcaTrainer(new PcaPlan(3, LabTrainingData.source(), output, "test"), ProgressListener.SILENT)
                .run(TRAIN, TEST);
        assertTrue(result.history().isEmpty(), "a PCA has no epochs");
        try (ModelStore.LoadedModel<PcaModel> loaded = ModelStore.loadPca(output)) {
            PcaModel pca = loaded.model();
            assertEquals(3, pca.componentCount());
            assertEquals(pca.explainedVarianceRatio(), loaded.card().metrics().extra().get("explainedVarianceRatio"), 1e-12);
            assertEquals(pca.evaluate(TEST.images()).meanSquaredError(), loaded.card().metrics().extra().get("testMse"), 1e-9);
            assertEquals(TEST.count(), loaded.latentMap().orElseThrow().count());
            float[] codes = pca.transform(TEST.images().image(4), 1);
            assertEquals(codes[2], loaded.latentMap().orElseThrow().coordinate(4, 2), 1e-6);
            assertEquals(3000, loaded.card().dataset().trainImages());
        }
        List<String> table = Files.readAllLines(output.resolve(ImageVaeTrainer.METRICS_FILE));
        assertEquals(4, table.size());
        assertTrue(table.get(3).startsWith("3,"), table.get(3));
    }
}
