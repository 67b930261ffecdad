package org.latentexplorer.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.Devices;
import org.latentexplorer.model.ImageVae;
import org.latentexplorer.model.LatentMap;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.model.VaeLoss;

/**
 * Trains an image VAE in the shared {@link EpochLoop} (shuffled mini-batches, Adam, the test set evaluated
 * each epoch, a metrics CSV, resumable checkpoints) and saves it with the encoder means of the test set.
 */
public final class ImageVaeTrainer {
    public static final String METRICS_FILE = EpochLoop.METRICS_FILE;

    private final TrainingPlan plan;
    private final ProgressListener progress;

    public ImageVaeTrainer(TrainingPlan plan, ProgressListener progress) {
        this.plan = plan;
        this.progress = progress;
    }

    public TrainingResult run() throws IOException {
        ImageSource.Split split = plan.source().load();
        return run(split.train(), split.test());
    }

    public TrainingResult run(LabeledImages train, LabeledImages test) throws IOException {
        checkImageSize(train.images());
        EpochLoop.Outcome<EpochMetrics> outcome = new EpochLoop<>(plan.run(), progress, new VaeTask(train, test)).run();
        return new TrainingResult(plan.output(), outcome.card(), outcome.history());
    }

    private void checkImageSize(ImageSet images) {
        if (images.rows() != plan.config().imageRows() || images.cols() != plan.config().imageCols()) {
            throw new IllegalArgumentException("images are " + images.rows() + "x" + images.cols()
                    + " but the model expects " + plan.config().imageRows() + "x" + plan.config().imageCols());
        }
    }

    private final class VaeTask implements EpochLoop.Task<ImageVae, EpochMetrics> {
        private final LabeledImages train;
        private NDArray allImages;
        private final LabeledImages test;
        /** The network the last evaluation measured, for the listener's look at it after the report. */
        private ImageVae evaluated;

        VaeTask(LabeledImages train, LabeledImages test) {
            this.train = train;
            this.test = test;
        }

        @Override
        public String csvHeader() {
            return EpochMetrics.CSV_HEADER;
        }

        @Override
        public ImageVae create(Device device) {
            return ImageVae.create(plan.config(), device);
        }

        @Override
        public EpochLoop.Resumed<ImageVae> resume(Path checkpoint, Device device) throws IOException {
            ModelStore.LoadedModel<ImageVae> loaded = ModelStore.loadImageVae(checkpoint, device);
            return EpochLoop.matching(checkpoint, loaded.model(), loaded.card(), loaded.card().architecture(), plan.config(),
                    loaded.card().architecture().describe(), plan.config().describe());
        }

        @Override
        public Loss loss() {
            return new VaeLoss(plan.beta());
        }

        @Override
        public int trainCount() {
            return train.count();
        }

        @Override
        public Float resumeBeta() {
            return plan.beta();
        }

        @Override
        public int noiseWidth() {
            return plan.config().latentSize();
        }

        /** An MLP on the CPU trains through {@link MlpVaeStep}; the conv VAE, and any VAE on a GPU, through DJL's autograd. */
        @Override
        public EpochLoop.FusedStep fusedStep(Trainer trainer, List<Parameter> parameters, Device device) {
            if (plan.config().architecture() != Architecture.MLP || device.isGpu()) {
                return null;
            }
            return MlpVaeStep.open(parameters, allImages(trainer.getManager()), plan.beta());
        }

        @Override
        public EpochLoop.Batch batch(NDManager scope, int[] indices, RandomGenerator random) {
            NDArray rows = EpochLoop.gather(allImages(scope.getParentManager()), scope, indices);
            NDList images = new NDList(rows);
            return new EpochLoop.Batch(images, images);
        }

        /** The training images as one native array for the run, so a batch is one gather in native memory. */
        private NDArray allImages(NDManager runManager) {
            if (allImages == null) {
                int pixels = train.images().imageSize();
                allImages = runManager.create(train.images().pixels(), new Shape(train.count(), pixels));
            }
            return allImages;
        }

        @Override
        public EpochMetrics evaluate(ImageVae vae, int epoch, double trainLoss, double seconds) {
            evaluated = vae;
            ImageVae.Evaluation evaluation = vae.evaluate(test.images(), 500);
            return new EpochMetrics(epoch, trainLoss, evaluation.negativeElbo(), evaluation.reconstruction(), evaluation.kl(), seconds);
        }

        @Override
        public void report(EpochMetrics report, ProgressListener listener) {
            listener.epoch(report);
            ImageVae vae = evaluated;
            listener.epochModel(new EpochModel() {
                @Override
                public int epoch() {
                    return report.epoch();
                }

                @Override
                public int latentSize() {
                    return plan.config().latentSize();
                }

                @Override
                public LatentMap testMap() {
                    return latentMap(vae);
                }

                @Override
                public float[] decode(float[] z, int count) {
                    return vae.decode(z, count);
                }
            });
        }

        @Override
        public ModelCard card(ImageVae vae, int epochsDone, List<EpochMetrics> history) {
            EpochMetrics last = history.get(history.size() - 1);
            return new ModelCard(ModelCard.FORMAT_VERSION, ModelKind.IMAGE_VAE, plan.name(),
                    plan.source().name() + " VAE, " + plan.config().describe(),
                    plan.config(),
                    plan.source().describe(train, test),
                    new ModelCard.Training(epochsDone, plan.batchSize(), plan.learningRate(),
                            plan.schedule().name().toLowerCase(Locale.ROOT), plan.beta(), plan.seed(),
                            EpochLoop.medianSeconds(history), plan.command()),
                    new ModelCard.Metrics(last.testNegativeElbo(), last.testReconstruction(), last.testKl(),
                            Map.of("trainLoss", last.trainLoss())),
                    Devices.describe(vae.device()),
                    Instant.now().toString());
        }

        @Override
        public void saveCheckpoint(Path directory, ImageVae vae, ModelCard card) throws IOException {
            ModelStore.save(directory, vae, card, null);
        }

        @Override
        public void saveFinal(Path directory, ImageVae vae, ModelCard card, ModelStore.BeforeCommit beforeCommit) throws IOException {
            ModelStore.save(directory, vae, card, latentMap(vae), beforeCommit);
        }

        private LatentMap latentMap(ImageVae vae) {
            return LatentMaps.of(test, vae.latentSize(), vae::encodeMeans);
        }
    }
}
