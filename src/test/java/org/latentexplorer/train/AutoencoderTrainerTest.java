package org.latentexplorer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.latentexplorer.data.Downsample;
import org.latentexplorer.data.ImageNoise;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.model.AutoencoderConfig;
import org.latentexplorer.model.ImageAutoencoder;
import org.latentexplorer.model.LatentMap;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.model.Reconstruction;

/** Short real runs of the plain, denoising and super-resolution autoencoders on a slice of MNIST. */
class AutoencoderTrainerTest {
    @TempDir
    Path dir;

    private AutoencoderPlan plan(AutoencoderConfig config, int epochs, boolean resume, long seed) {
        AutoencoderPlan.Denoising denoising = config.role() != AutoencoderConfig.Role.DENOISE ? null
                : new AutoencoderPlan.Denoising(new ImageNoise.Range(0.2f, 0.5f, 0.05f, 0.25f), 0.4f, 0.15f);
        return new AutoencoderPlan(config, LabTrainingData.source(), LabTrainingData.run(dir, epochs, 0.002f, resume, seed), denoising);
    }

    @Test
    void aPlainAutoencoderLearnsBetterThanTheMeanImageAndIsSavedWithItsCodes() throws IOException {
        TrainedModel result = new AutoencoderTrainer(plan(AutoencoderConfig.plain(List.of(256, 128), 8), 3, false, 1),
                ProgressListener.SILENT).run(TRAIN, TEST);
        List<EpochFigures> history = result.history();
        assertEquals(3, history.size());
        assertTrue(history.get(2).trainLoss() < history.get(0).trainLoss() - 10,
                "training loss should fall: " + history.get(0).trainLoss() + " -> " + history.get(2).trainLoss());
        assertTrue(history.get(2).figure("testBce") < history.get(0).figure("testBce"));

        double meanImageBce = Reconstruction.mean(Reconstruction.crossEntropies(
                LabTrainingData.meanImageRepeated(TRAIN.images(), TEST.count()), TEST.images().pixels(), 784));
        double bce = history.get(2).figure("testBce");
        assertTrue(bce < meanImageBce - 40, "autoencoder " + bce + " nats/image should beat the mean image's " + meanImageBce);

        Path model = dir.resolve("model");
        assertEquals(4, Files.readAllLines(model.resolve(ImageVaeTrainer.METRICS_FILE)).size());
        assertTrue(Files.readAllLines(model.resolve(ImageVaeTrainer.METRICS_FILE)).get(0).contains("test_bce,test_mse,test_psnr"));
        try (ModelStore.LoadedModel<ImageAutoencoder> loaded = ModelStore.loadAutoencoder(model, Device.cpu())) {
            assertEquals(bce, loaded.card().metrics().extra().get("testBce"), 1e-9);
            assertNull(loaded.card().training().settings(), "a plain autoencoder has no noise settings");
            LatentMap codes = loaded.latentMap().orElseThrow();
            assertEquals(TEST.count(), codes.count());
            assertArrayEquals(TEST.labels(), codes.labels());
            float[] encoded = loaded.model().encode(TEST.images().image(7), 1);
            assertEquals(codes.coordinate(7, 3), encoded[3], 1e-4);
            Reconstruction again = loaded.model().evaluate(TEST.images(), TEST.images(), 100);
            assertEquals(bce, again.crossEntropy(), 1e-3 * bce, "the saved network gives the recorded figure");
        }
    }

    @Test
    void aDenoiserCleansHeldOutNoisyImages() throws IOException {
        TrainedModel result = new AutoencoderTrainer(plan(AutoencoderConfig.denoise(List.of(256), 32), 3, false, 2),
                ProgressListener.SILENT).run(TRAIN, TEST);
        assertTrue(result.last().trainLoss() < result.history().get(0).trainLoss());
        assertEquals(0.4, result.card().training().settings().get("testSigma"), 0.0, "as written, not as a float widened");

        ImageSet heldOut = TEST.images();
        try (ModelStore.LoadedModel<ImageAutoencoder> loaded = ModelStore.loadAutoencoder(result.model(), Device.cpu())) {
            for (ImageNoise noise : List.of(ImageNoise.gaussian(0.4f), ImageNoise.saltAndPepper(0.2f))) {
                ImageSet noisy = noise.apply(heldOut, 99);
                float[] cleaned = loaded.model().reconstruct(noisy.pixels(), noisy.count());
                double noisyPsnr = Reconstruction.meanPsnr(Reconstruction.squaredErrors(noisy.pixels(), heldOut.pixels(), 784));
                double cleanedPsnr = Reconstruction.meanPsnr(Reconstruction.squaredErrors(cleaned, heldOut.pixels(), 784));
                assertTrue(cleanedPsnr > noisyPsnr + 3, noise.describe() + ": denoised " + cleanedPsnr + " dB should beat noisy "
                        + noisyPsnr + " dB by 3 dB");
            }
        }
        EpochFigures last = result.last();
        assertTrue(last.figure("gaussianPsnr") > last.figure("gaussianNoisyPsnr"), last.summary());
        assertTrue(last.figure("saltPepperPsnr") > last.figure("saltPepperNoisyPsnr"), last.summary());
    }

    @Test
    void superResolutionBeatsNearestNeighbourUpscaling() throws IOException {
        for (int side : new int[] {14, 7}) {
            Path run = dir.resolve("superres-" + side);
            AutoencoderPlan plan = new AutoencoderPlan(AutoencoderConfig.superres(side, List.of(256), 64), LabTrainingData.source(),
                    LabTrainingData.run(run, 8, 0.002f, false, 3), null);
            TrainedModel result = new AutoencoderTrainer(plan, ProgressListener.SILENT).run(TRAIN, TEST);
            int factor = 28 / side;
            ImageSet small = Downsample.area(TEST.images(), factor);
            float[] nearest = nearestNeighbour(small, factor);
            double nearestPsnr = Reconstruction.meanPsnr(Reconstruction.squaredErrors(nearest, TEST.images().pixels(), 784));
            try (ModelStore.LoadedModel<ImageAutoencoder> loaded = ModelStore.loadAutoencoder(result.model(), Device.cpu())) {
                float[] upscaled = loaded.model().reconstruct(small.pixels(), small.count());
                double networkPsnr = Reconstruction.meanPsnr(Reconstruction.squaredErrors(upscaled, TEST.images().pixels(), 784));
                assertTrue(networkPsnr > nearestPsnr + 1, side + "x" + side + ": network " + networkPsnr
                        + " dB should beat nearest neighbour " + nearestPsnr + " dB by 1 dB");
                assertEquals(networkPsnr, result.last().figure("testPsnr"), 1e-3);
            }
            assertTrue(Files.notExists(result.model().resolve(ModelStore.LATENT_MAP_FILE)), "only a plain autoencoder keeps a map");
        }
    }

    @Test
    void sameSeedGivesTheSameNetworkAndResumeContinuesTheCount() throws IOException {
        AutoencoderConfig config = AutoencoderConfig.denoise(List.of(64), 16);
        TrainedModel once = new AutoencoderTrainer(plan(config, 1, false, 5), ProgressListener.SILENT).run(TRAIN.head(1000), TEST.head(200));
        TrainedModel again = new AutoencoderTrainer(plan(config, 1, false, 5), ProgressListener.SILENT).run(TRAIN.head(1000), TEST.head(200));
        assertEquals(once.last().test(), again.last().test(), "same seed, same noise, same figures");

        TrainedModel resumed = new AutoencoderTrainer(plan(config, 2, true, 5), ProgressListener.SILENT).run(TRAIN.head(1000), TEST.head(200));
        assertEquals(1, resumed.history().size(), "a resumed run trains only the missing epoch");
        assertEquals(2, resumed.card().training().epochs());
        assertEquals(3, Files.readAllLines(dir.resolve("checkpoints").resolve(ImageVaeTrainer.METRICS_FILE)).size());
        assertTrue(resumed.last().figure("testBce") < once.last().figure("testBce"));

        IOException other = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> new AutoencoderTrainer(
                plan(AutoencoderConfig.denoise(List.of(64), 8), 3, true, 5), ProgressListener.SILENT).run(TRAIN.head(1000), TEST.head(200)));
        assertTrue(other.getMessage().contains("differ from the requested"), other.getMessage());
    }

    /** Each low-resolution pixel repeated over its factor x factor block. */
    private static float[] nearestNeighbour(ImageSet small, int factor) {
        int side = small.rows() * factor;
        float[] big = new float[small.count() * side * side];
        for (int i = 0; i < small.count(); i++) {
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    big[i * side * side + y * side + x] = small.pixels()[i * small.imageSize() + (y / factor) * small.cols() + x / factor];
                }
            }
        }
        return big;
    }
}
