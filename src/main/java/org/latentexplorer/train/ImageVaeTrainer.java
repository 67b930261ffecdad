package org.latentexplorer.train;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.model.Devices;
import org.latentexplorer.model.ImageVae;
import org.latentexplorer.model.LatentMap;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.model.VaeLoss;

/**
 * Trains an image VAE: shuffled mini-batches, Adam, the test set evaluated each epoch, a metrics CSV,
 * a checkpoint after every epoch (resumable), and an atomic save of the final model with its latent map.
 */
public final class ImageVaeTrainer {
    public static final String METRICS_FILE = "metrics.csv";

    private final TrainingPlan plan;
    private final ProgressListener progress;

    public ImageVaeTrainer(TrainingPlan plan, ProgressListener progress) {
        this.plan = plan;
        this.progress = progress;
    }

    public TrainingResult run() throws IOException {
        LabeledImages train = ImageDataset.load(plan.dataDirectory(), ImageDataset.Split.TRAIN);
        LabeledImages test = ImageDataset.load(plan.dataDirectory(), ImageDataset.Split.TEST);
        if (plan.trainLimit() > 0) {
            train = train.head(plan.trainLimit());
        }
        if (plan.testLimit() > 0) {
            test = test.head(plan.testLimit());
        }
        return run(train, test);
    }

    public TrainingResult run(LabeledImages train, LabeledImages test) throws IOException {
        checkImageSize(train.images());
        Device device = Devices.preferred();
        progress.message("Engine: " + Devices.summary(device));
        Engine.getInstance().setRandomSeed((int) plan.seed());

        int firstEpoch = 1;
        ImageVae vae;
        Path checkpointModel = plan.checkpoints() == null ? null : plan.checkpoints().resolve("model");
        if (plan.resume() && checkpointModel != null && Files.exists(checkpointModel.resolve(ModelStore.CARD_FILE))) {
            ModelStore.Loaded loaded = ModelStore.load(checkpointModel, device);
            if (!loaded.card().architecture().equals(plan.config())) {
                loaded.close();
                throw new IOException(checkpointModel + ": checkpoint architecture " + loaded.card().architecture().describe()
                        + " differs from the requested " + plan.config().describe());
            }
            vae = loaded.vae();
            firstEpoch = loaded.card().training().epochs() + 1;
            progress.message("Resuming from " + checkpointModel + " after epoch " + (firstEpoch - 1));
        } else {
            vae = ImageVae.create(plan.config(), device);
        }

        List<EpochMetrics> history = new ArrayList<>();
        Path metricsCsv = plan.checkpoints() == null ? Files.createTempFile("latent-metrics", ".csv")
                : plan.checkpoints().resolve(METRICS_FILE);
        if (firstEpoch == 1) {
            if (plan.checkpoints() != null) {
                Files.createDirectories(plan.checkpoints());
            }
            Files.writeString(metricsCsv, EpochMetrics.CSV_HEADER + "\n");
        }

        DefaultTrainingConfig config = new DefaultTrainingConfig(new VaeLoss(plan.beta()))
                .optOptimizer(Optimizer.adam().optLearningRateTracker(learningRate(train.count(), firstEpoch)).build())
                .optDevices(new Device[] {device});
        try (vae; Trainer trainer = vae.newTrainer(config)) {
            Random shuffle = new Random(plan.seed());
            for (int skipped = 1; skipped < firstEpoch; skipped++) {
                permutation(train.count(), shuffle);
            }
            for (int epoch = firstEpoch; epoch <= plan.epochs(); epoch++) {
                long start = System.nanoTime();
                double trainLoss = trainEpoch(trainer, train.images(), permutation(train.count(), shuffle), epoch, start);
                double seconds = (System.nanoTime() - start) / 1e9;
                ImageVae.Evaluation evaluation = vae.evaluate(test.images(), 500);
                EpochMetrics metrics = new EpochMetrics(epoch, trainLoss, evaluation.negativeElbo(),
                        evaluation.reconstruction(), evaluation.kl(), seconds);
                history.add(metrics);
                Files.writeString(metricsCsv, metrics.csvRow() + "\n", StandardOpenOption.APPEND);
                progress.epoch(metrics);
                if (checkpointModel != null) {
                    ModelStore.save(checkpointModel, vae, card(vae, train, test, epoch, history), null);
                }
            }
            if (history.isEmpty()) {
                throw new IOException("nothing to do: the checkpoint already has " + (firstEpoch - 1)
                        + " epochs and the plan asks for " + plan.epochs());
            }
            LatentMap map = latentMap(vae, test);
            ModelCard card = card(vae, train, test, plan.epochs(), history);
            Path csv = metricsCsv;
            ModelStore.save(plan.output(), vae, card, map,
                    staged -> Files.copy(csv, staged.resolve(METRICS_FILE), StandardCopyOption.REPLACE_EXISTING));
            if (plan.checkpoints() == null) {
                Files.deleteIfExists(metricsCsv);
            }
            progress.message("Saved " + plan.output());
            return new TrainingResult(plan.output(), card, history);
        }
    }

    /** The schedule's rate by update number, offset so that a resumed run continues where it stopped. */
    private Tracker learningRate(int trainCount, int firstEpoch) {
        if (plan.schedule() == Schedule.CONSTANT) {
            return Tracker.fixed(plan.learningRate());
        }
        int batchesPerEpoch = (trainCount + plan.batchSize() - 1) / plan.batchSize();
        int updatesDone = (firstEpoch - 1) * batchesPerEpoch;
        Tracker cosine = Tracker.cosine().setBaseValue(plan.learningRate()).optFinalValue(plan.learningRate() * 0.05f)
                .setMaxUpdates(Math.max(1, plan.epochs() * batchesPerEpoch)).build();
        return update -> cosine.getNewValue(update + updatesDone);
    }

    private void checkImageSize(ImageSet images) {
        if (images.rows() != plan.config().imageRows() || images.cols() != plan.config().imageCols()) {
            throw new IllegalArgumentException("images are " + images.rows() + "x" + images.cols()
                    + " but the model expects " + plan.config().imageRows() + "x" + plan.config().imageCols());
        }
    }

    private double trainEpoch(Trainer trainer, ImageSet images, int[] order, int epoch, long startNanos) {
        int pixels = images.imageSize();
        int batchSize = plan.batchSize();
        int batches = (order.length + batchSize - 1) / batchSize;
        float[] buffer = new float[batchSize * pixels];
        double lossSum = 0;
        long seen = 0;
        for (int b = 0; b < batches; b++) {
            int n = Math.min(batchSize, order.length - b * batchSize);
            for (int i = 0; i < n; i++) {
                System.arraycopy(images.pixels(), order[b * batchSize + i] * pixels, buffer, i * pixels, pixels);
            }
            float batchLoss;
            try (NDManager scope = trainer.getManager().newSubManager()) {
                NDArray x = scope.create(java.nio.FloatBuffer.wrap(buffer, 0, n * pixels), new Shape(n, pixels));
                NDList labels = new NDList(x);
                try (GradientCollector collector = trainer.newGradientCollector()) {
                    NDList predictions = trainer.forward(labels);
                    NDArray loss = trainer.getLoss().evaluate(labels, predictions);
                    collector.backward(loss);
                    batchLoss = loss.getFloat();
                }
                trainer.step();
            }
            lossSum += (double) batchLoss * n;
            seen += n;
            progress.batch(epoch, plan.epochs(), b + 1, batches, lossSum / seen, (System.nanoTime() - startNanos) / 1e9);
        }
        return lossSum / seen;
    }

    private static int[] permutation(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static LatentMap latentMap(ImageVae vae, LabeledImages test) {
        float[] means = new float[test.count() * vae.latentSize()];
        int pixels = test.images().imageSize();
        int chunk = 1000;
        for (int start = 0; start < test.count(); start += chunk) {
            int n = Math.min(chunk, test.count() - start);
            float[] images = new float[n * pixels];
            System.arraycopy(test.images().pixels(), start * pixels, images, 0, images.length);
            float[] encoded = vae.encodeMeans(images, n);
            System.arraycopy(encoded, 0, means, start * vae.latentSize(), encoded.length);
        }
        return new LatentMap(means, test.labels().clone(), vae.latentSize());
    }

    private ModelCard card(ImageVae vae, LabeledImages train, LabeledImages test, int epochsDone, List<EpochMetrics> history) {
        EpochMetrics last = history.get(history.size() - 1);
        double secondsPerEpoch = history.stream().mapToDouble(EpochMetrics::seconds).sorted()
                .skip(history.size() / 2).findFirst().orElse(last.seconds());
        return new ModelCard(ModelCard.FORMAT_VERSION, ModelCard.KIND_IMAGE, plan.name(),
                plan.dataset().id() + " VAE, " + plan.config().describe(),
                plan.config(),
                new ModelCard.Dataset(plan.dataset().id(), train.count(), test.count(), plan.dataset().classNames()),
                new ModelCard.Training(epochsDone, plan.batchSize(), plan.learningRate(),
                        plan.schedule().name().toLowerCase(java.util.Locale.ROOT), plan.beta(), plan.seed(),
                        secondsPerEpoch, plan.command()),
                new ModelCard.Metrics(last.testNegativeElbo(), last.testReconstruction(), last.testKl(),
                        Map.of("trainLoss", last.trainLoss())),
                Devices.describe(vae.device()),
                Instant.now().toString());
    }
}
