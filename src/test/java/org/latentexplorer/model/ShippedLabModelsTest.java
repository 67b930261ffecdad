package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.Downsample;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageNoise;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.latent.ModelCatalog;

/** The autoencoder lab's shipped models open, have the promised shapes, and do on held-out digits what their cards say. */
class ShippedLabModelsTest {
    private static LabeledImages test;

    @BeforeAll
    static void loadMnist() throws IOException {
        test = ImageDataset.load(ImageDataset.MNIST.defaultDirectory(), ImageDataset.Split.TEST).head(1000);
    }

    private static Path shipped(String name) {
        return ModelCatalog.defaultRoot().resolve(name);
    }

    private static double psnr(float[] outputs, ImageSet targets) {
        return Reconstruction.meanPsnr(Reconstruction.squaredErrors(outputs, targets.pixels(), targets.imageSize()));
    }

    @Test
    void thePlainAutoencoderHasTheTwoDimensionalVaesSizesAndItsCodes() throws IOException {
        VaeConfig vae = ModelStore.readCard(shipped("mnist-vae-2d")).architecture();
        try (ModelStore.LoadedModel<ImageAutoencoder> ae = ModelStore.loadAutoencoder(shipped("mnist-ae-2d"), Device.cpu())) {
            AutoencoderConfig config = ae.card().autoencoder();
            assertEquals(AutoencoderConfig.Role.PLAIN, config.role());
            assertEquals(vae.hidden(), config.hidden());
            assertEquals(vae.latentSize(), config.bottleneck());
            assertEquals(10_000, ae.latentMap().orElseThrow().count());
            double bce = ae.model().evaluate(test.images(), test.images(), 500).crossEntropy();
            assertEquals(ae.card().metrics().extra().get("testBce"), bce, 5, "the first thousand test digits are like the rest");
        }
    }

    @Test
    void theClassifierRecognizesHeldOutDigits() throws IOException {
        try (ModelStore.LoadedModel<DigitClassifier> classifier = ModelStore.loadClassifier(shipped("mnist-classifier"), Device.cpu())) {
            double accuracy = classifier.model().evaluate(test, 500).accuracy();
            assertTrue(accuracy >= 0.98, "accuracy " + accuracy);
            assertTrue(classifier.card().metrics().extra().get("testAccuracy") >= 0.98);
        }
    }

    @Test
    void theDenoiserCleansBothKindsOfNoise() throws IOException {
        try (ModelStore.LoadedModel<ImageAutoencoder> denoiser = ModelStore.loadAutoencoder(shipped("mnist-denoise"), Device.cpu())) {
            assertEquals(AutoencoderConfig.Role.DENOISE, denoiser.card().autoencoder().role());
            for (ImageNoise noise : List.of(ImageNoise.gaussian(0.4f), ImageNoise.saltAndPepper(0.15f))) {
                ImageSet noisy = noise.apply(test.images(), 5);
                double before = psnr(noisy.pixels(), test.images());
                double after = psnr(denoiser.model().reconstruct(noisy.pixels(), noisy.count()), test.images());
                assertTrue(after > before + 6, noise.describe() + ": " + before + " dB -> " + after + " dB");
            }
        }
    }

    @Test
    void superResolutionBeatsNearestNeighbourByDecibels() throws IOException {
        for (int side : new int[] {14, 7}) {
            try (ModelStore.LoadedModel<ImageAutoencoder> net = ModelStore.loadAutoencoder(shipped("mnist-superres-" + side), Device.cpu())) {
                assertEquals(AutoencoderConfig.superres(side, net.card().autoencoder().hidden(), net.card().autoencoder().bottleneck()),
                        net.card().autoencoder());
                ImageSet small = Downsample.area(test.images(), 28 / side);
                float[] nearest = new float[test.images().pixels().length];
                int factor = 28 / side;
                for (int i = 0; i < nearest.length; i++) {
                    int image = i / 784;
                    int y = i % 784 / 28;
                    int x = i % 28;
                    nearest[i] = small.pixels()[image * side * side + (y / factor) * side + x / factor];
                }
                double network = psnr(net.model().reconstruct(small.pixels(), small.count()), test.images());
                double baseline = psnr(nearest, test.images());
                assertTrue(network > baseline + 5, side + "x" + side + ": network " + network + " dB, nearest neighbour " + baseline + " dB");
            }
        }
    }

    @Test
    void thePcaHasTwoAxesAndTheirKnownShareOfTheVariance() throws IOException {
        try (ModelStore.LoadedModel<PcaModel> pca = ModelStore.loadPca(shipped("mnist-pca-2d"))) {
            assertEquals(2, pca.model().componentCount());
            assertEquals(0.168, pca.model().explainedVarianceRatio(), 0.002, "MNIST's first two axes explain about 9.7% + 7.1%");
            assertEquals(10_000, pca.latentMap().orElseThrow().count());
        }
    }

    @Test
    void refittingThePcaOnTheTrainingDigitsGivesTheShippedAxesSignsAndCodes() throws IOException {
        LabeledImages train = ImageDataset.load(ImageDataset.MNIST.defaultDirectory(), ImageDataset.Split.TRAIN);
        PcaModel refit = PcaModel.fit(train.images(), 2);
        try (ModelStore.LoadedModel<PcaModel> shipped = ModelStore.loadPca(shipped("mnist-pca-2d"))) {
            assertArrayEquals(shipped.model().explainedVariance(), refit.explainedVariance(), 1e-9);
            assertArrayEquals(shipped.model().mean(), refit.mean(), 1e-7f);
            assertArrayEquals(shipped.model().components(), refit.components(), 1e-6f, "same axes, same signs");
            ImageSet digits = test.images();
            assertArrayEquals(shipped.model().transform(digits.pixels(), digits.count()), refit.transform(digits.pixels(), digits.count()),
                    1e-4f, "the same codes for held-out digits");
        }
    }
}
