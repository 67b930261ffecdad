package org.latentexplorer.train;

import ai.djl.Device;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.latentexplorer.data.Downsample;
import org.latentexplorer.data.ImageNoise;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.model.AutoencoderConfig;
import org.latentexplorer.model.AutoencoderLoss;
import org.latentexplorer.model.Devices;
import org.latentexplorer.model.ImageAutoencoder;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.model.Reconstruction;

/**
 * Trains a plain, denoising or super-resolution autoencoder in the shared {@link EpochLoop}: the loss is the
 * cross-entropy of the output against the clean full-size image. A denoiser's inputs get fresh noise every
 * batch (kind and strength drawn per batch); a super-resolution network's inputs are the area-downsampled
 * images. A plain autoencoder is saved with the bottleneck codes of the test set, for its map.
 */
public final class AutoencoderTrainer {
    private static final int EVALUATION_BATCH = 500;

    private final AutoencoderPlan plan;
    private final ProgressListener progress;

    public AutoencoderTrainer(AutoencoderPlan plan, ProgressListener progress) {
        this.plan = plan;
        this.progress = progress;
    }

    public TrainedModel run() throws IOException {
        ImageSource.Split split = plan.source().load();
        return run(split.train(), split.test());
    }

    public TrainedModel run(LabeledImages train, LabeledImages test) throws IOException {
        AutoencoderConfig config = plan.config();
        for (ImageSet set : List.of(train.images(), test.images())) {
            if (set.rows() != config.outputRows() || set.cols() != config.outputCols()) {
                throw new IllegalArgumentException("images are " + set.rows() + "x" + set.cols() + " but the "
                        + config.describe() + " learns " + config.outputRows() + "x" + config.outputCols() + " images");
            }
        }
        EpochLoop.Outcome<EpochFigures> outcome = new EpochLoop<>(plan.run(), progress, new AutoencoderTask(train, test)).run();
        return new TrainedModel(plan.run().output(), outcome.card(), outcome.history());
    }

    /** What the network sees of clean images: themselves, or their downsampled copies for super-resolution. */
    private ImageSet inputsOf(ImageSet clean) {
        return plan.config().role() == AutoencoderConfig.Role.SUPERRES ? Downsample.area(clean, plan.config().upscaleFactor()) : clean;
    }

    /** A test set the network is measured on: its inputs, and how far those inputs are from the clean images. */
    private record TestInputs(String name, ImageSet inputs, double inputPsnr) {
    }

    private final class AutoencoderTask extends FiguresTask<ImageAutoencoder> {
        private final ImageSet trainInputs;
        private final List<TestInputs> testInputs;

        AutoencoderTask(LabeledImages train, LabeledImages test) {
            super(plan.run(), plan.source(), train, test);
            this.trainInputs = inputsOf(train.images());
            if (plan.denoising() == null) {
                testInputs = List.of(new TestInputs("test", inputsOf(test.images()), Double.NaN));
            } else {
                long seed = plan.run().seed();
                testInputs = List.of(noisyTest("gaussian", ImageNoise.gaussian(plan.denoising().testSigma()), seed),
                        noisyTest("saltPepper", ImageNoise.saltAndPepper(plan.denoising().testFraction()), seed + 1));
            }
        }

        private TestInputs noisyTest(String name, ImageNoise noise, long seed) {
            ImageSet noisy = noise.apply(test.images(), seed);
            int pixels = noisy.imageSize();
            return new TestInputs(name, noisy, Reconstruction.meanPsnr(Reconstruction.squaredErrors(noisy.pixels(),
                    test.images().pixels(), pixels)));
        }

        @Override
        List<String> figureNames() {
            return plan.denoising() == null ? List.of("testBce", "testMse", "testPsnr")
                    : List.of("testBce", "testMse", "testPsnr", "noisyPsnr", "gaussianPsnr", "gaussianNoisyPsnr",
                            "saltPepperPsnr", "saltPepperNoisyPsnr");
        }

        @Override
        public ImageAutoencoder create(Device device) {
            return ImageAutoencoder.create(plan.config(), device);
        }

        @Override
        public EpochLoop.Resumed<ImageAutoencoder> resume(Path checkpoint, Device device) throws IOException {
            ModelStore.LoadedModel<ImageAutoencoder> loaded = ModelStore.loadAutoencoder(checkpoint, device);
            return EpochLoop.matching(checkpoint, loaded.model(), loaded.card(), loaded.card().autoencoder(), plan.config(),
                    loaded.card().autoencoder().describe(), plan.config().describe());
        }

        @Override
        public Loss loss() {
            return new AutoencoderLoss();
        }

        @Override
        public EpochLoop.Batch batch(NDManager scope, int[] indices, RandomGenerator random) {
            int in = trainInputs.imageSize();
            int out = train.images().imageSize();
            float[] inputs = EpochLoop.rows(trainInputs.pixels(), in, indices);
            if (plan.denoising() != null) {
                plan.denoising().training().draw(random).applyInPlace(inputs, 0, inputs.length, random);
            }
            float[] targets = EpochLoop.rows(train.images().pixels(), out, indices);
            return new EpochLoop.Batch(new NDList(scope.create(inputs, new Shape(indices.length, in))),
                    new NDList(scope.create(targets, new Shape(indices.length, out))));
        }

        @Override
        public EpochFigures evaluate(ImageAutoencoder autoencoder, int epoch, double trainLoss, double seconds) {
            Map<String, Double> figures = new LinkedHashMap<>();
            double bce = 0;
            double mse = 0;
            double psnr = 0;
            double noisyPsnr = 0;
            Map<String, Double> perNoise = new LinkedHashMap<>();
            for (TestInputs set : testInputs) {
                Reconstruction r = autoencoder.evaluate(set.inputs(), test.images(), EVALUATION_BATCH);
                bce += r.crossEntropy() / testInputs.size();
                mse += r.meanSquaredError() / testInputs.size();
                psnr += r.psnr() / testInputs.size();
                noisyPsnr += set.inputPsnr() / testInputs.size();
                perNoise.put(set.name() + "Psnr", r.psnr());
                perNoise.put(set.name() + "NoisyPsnr", set.inputPsnr());
            }
            figures.put("testBce", bce);
            figures.put("testMse", mse);
            figures.put("testPsnr", psnr);
            if (plan.denoising() != null) {
                figures.put("noisyPsnr", noisyPsnr);
                figures.putAll(perNoise);
            }
            return new EpochFigures(epoch, trainLoss, figures, seconds);
        }

        @Override
        public ModelCard card(ImageAutoencoder autoencoder, int epochsDone, List<EpochFigures> history) {
            return ModelCard.autoencoder(run.name(), source.name() + " " + plan.config().describe(), plan.config(), dataset(),
                    training(epochsDone, history, settings()), metrics(history), Devices.describe(autoencoder.device()),
                    Instant.now().toString());
        }

        private Map<String, Double> settings() {
            AutoencoderPlan.Denoising denoising = plan.denoising();
            if (denoising == null) {
                return null;
            }
            Map<String, Double> settings = new LinkedHashMap<>();
            settings.put("noiseSigmaMin", asWritten(denoising.training().minSigma()));
            settings.put("noiseSigmaMax", asWritten(denoising.training().maxSigma()));
            settings.put("noiseFractionMin", asWritten(denoising.training().minFraction()));
            settings.put("noiseFractionMax", asWritten(denoising.training().maxFraction()));
            settings.put("testSigma", asWritten(denoising.testSigma()));
            settings.put("testFraction", asWritten(denoising.testFraction()));
            return settings;
        }

        /** The shortest decimal of a float, so the card says 0.1 rather than 0.10000000149011612. */
        private static double asWritten(float value) {
            return Double.parseDouble(Float.toString(value));
        }

        @Override
        public void saveCheckpoint(Path directory, ImageAutoencoder autoencoder, ModelCard card) throws IOException {
            ModelStore.save(directory, autoencoder, card, null, staged -> { });
        }

        @Override
        public void saveFinal(Path directory, ImageAutoencoder autoencoder, ModelCard card, ModelStore.BeforeCommit beforeCommit)
                throws IOException {
            boolean plain = plan.config().role() == AutoencoderConfig.Role.PLAIN;
            ModelStore.save(directory, autoencoder, card,
                    plain ? LatentMaps.of(test, plan.config().bottleneck(), autoencoder::encode) : null, beforeCommit);
        }
    }
}
