package org.latentexplorer.train;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.model.PcaModel;
import org.latentexplorer.model.Reconstruction;

/**
 * Fits a PCA on the training images in one pass (no epochs, so no checkpoints) and saves it atomically with
 * the codes of the test set and a metrics CSV of the variance each axis explains.
 */
public final class PcaTrainer {
    /** PCA runs on no engine: the card says so. */
    private static final ModelCard.Engine PLAIN_JAVA = new ModelCard.Engine("Java", System.getProperty("java.version"), "cpu", null);

    private final PcaPlan plan;
    private final ProgressListener progress;

    public PcaTrainer(PcaPlan plan, ProgressListener progress) {
        this.plan = plan;
        this.progress = progress;
    }

    public TrainedModel run() throws IOException {
        ImageSource.Split split = plan.source().load();
        return run(split.train(), split.test());
    }

    public TrainedModel run(LabeledImages train, LabeledImages test) throws IOException {
        progress.message(String.format(Locale.ROOT, "Fitting %d principal components to %d images of %dx%d",
                plan.components(), train.count(), train.images().rows(), train.images().cols()));
        long start = System.nanoTime();
        PcaModel pca = PcaModel.fit(train.images(), plan.components());
        double seconds = (System.nanoTime() - start) / 1e9;
        Reconstruction onTest = pca.evaluate(test.images());
        Reconstruction onTrain = pca.evaluate(train.images());

        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("explainedVarianceRatio", pca.explainedVarianceRatio());
        figures.put("testBce", onTest.crossEntropy());
        figures.put("testMse", onTest.meanSquaredError());
        figures.put("testPsnr", onTest.psnr());
        figures.put("trainMse", onTrain.meanSquaredError());
        ModelCard card = ModelCard.pca(plan.name(), plan.source().name() + " " + pca.config().describe(), pca.config(),
                plan.source().describe(train, test),
                new ModelCard.Training(0, 0, 0f, "none", 0f, 0, seconds, plan.command()),
                new ModelCard.Metrics(figures), PLAIN_JAVA, Instant.now().toString());
        String csv = varianceCsv(pca);
        ModelStore.save(plan.output(), pca, card, LatentMaps.of(test, plan.components(), pca::transform),
                staged -> Files.writeString(staged.resolve(EpochLoop.METRICS_FILE), csv));
        progress.message(String.format(Locale.ROOT, "Fitted in %.1f s: the axes explain %.1f%% of the variance; test MSE %.4f,"
                + " PSNR %.2f dB, cross-entropy %.1f nats/image", seconds, 100 * pca.explainedVarianceRatio(),
                onTest.meanSquaredError(), onTest.psnr(), onTest.crossEntropy()));
        progress.message("Saved " + plan.output());
        return new TrainedModel(plan.output(), card, List.of());
    }

    private static String varianceCsv(PcaModel pca) {
        StringBuilder csv = new StringBuilder("component,explained_variance,explained_ratio,cumulative_ratio\n");
        double cumulative = 0;
        double[] variance = pca.explainedVariance();
        for (int c = 0; c < variance.length; c++) {
            double ratio = variance[c] / pca.totalVariance();
            cumulative += ratio;
            csv.append(String.format(Locale.ROOT, "%d,%.6f,%.6f,%.6f%n", c + 1, variance[c], ratio, cumulative));
        }
        return csv.toString();
    }
}
