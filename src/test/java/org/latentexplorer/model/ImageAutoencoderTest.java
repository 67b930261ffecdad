package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.data.LabeledImages;

/** The networks' shapes and plain-array APIs, untrained. */
class ImageAutoencoderTest {
    private static float[] randomImages(int count, int pixels, long seed) {
        Random random = new Random(seed);
        float[] images = new float[count * pixels];
        for (int i = 0; i < images.length; i++) {
            images[i] = random.nextFloat();
        }
        return images;
    }

    private static List<Shape> weightShapes(Block block) {
        List<Shape> shapes = new ArrayList<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            shapes.add(p.getValue().getArray().getShape());
        }
        return shapes;
    }

    @Test
    void thePlainTwoDimensionalAutoencoderHasTheShippedVaesLayersLessTheVarianceHead() {
        List<Integer> hidden = List.of(512, 256, 128);
        try (ImageVae vae = ImageVae.create(VaeConfig.mlp(2, 512, 256, 128), Device.cpu());
             ImageAutoencoder ae = ImageAutoencoder.create(AutoencoderConfig.plain(hidden, 2), Device.cpu())) {
            List<Shape> vaeShapes = weightShapes(vae.model().getBlock());
            List<Shape> aeShapes = weightShapes(ae.model().getBlock());
            // The VAE's encoder, its mean head, its log-variance head, then its decoder.
            List<Shape> vaeWithoutLogVar = new ArrayList<>(vaeShapes.subList(0, 8));
            vaeWithoutLogVar.addAll(vaeShapes.subList(10, vaeShapes.size()));
            assertEquals(new Shape(2, 128), vaeShapes.get(8), "the VAE's log-variance head");
            assertEquals(vaeWithoutLogVar, aeShapes);
            assertEquals(new Shape(512, 784), aeShapes.get(0));
            assertEquals(new Shape(2, 128), aeShapes.get(6));
            assertEquals(new Shape(784, 512), aeShapes.get(aeShapes.size() - 2));
        }
    }

    @Test
    void reconstructIsDecodeOfEncodeAndOutputsAreProbabilities() {
        Engine.getInstance().setRandomSeed(3);
        try (ImageAutoencoder ae = ImageAutoencoder.create(AutoencoderConfig.plain(List.of(64, 32), 2), Device.cpu())) {
            float[] images = randomImages(5, 784, 1);
            float[] codes = ae.encode(images, 5);
            assertEquals(10, codes.length);
            float[] direct = ae.reconstruct(images, 5);
            assertArrayEquals(direct, ae.decode(codes, 5), 1e-6f);
            for (float p : direct) {
                assertTrue(p > 0f && p < 1f, "probability " + p);
            }
        }
    }

    @Test
    void aSuperResolutionNetworkTakesSmallImagesAndGivesFullSizeOnes() {
        AutoencoderConfig config = AutoencoderConfig.superres(7, List.of(64), 16);
        assertEquals(4, config.upscaleFactor());
        try (ImageAutoencoder ae = ImageAutoencoder.create(config, Device.cpu())) {
            float[] small = randomImages(3, 49, 2);
            assertEquals(3 * 784, ae.reconstruct(small, 3).length);
            Reconstruction figures = ae.evaluate(new ImageSet(small, 3, 7, 7), new ImageSet(randomImages(3, 784, 3), 3, 28, 28), 2);
            assertTrue(figures.crossEntropy() > 0 && figures.meanSquaredError() > 0 && figures.psnr() > 0, figures.toString());
            IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                    () -> ae.evaluate(new ImageSet(randomImages(3, 784, 4), 3, 28, 28), new ImageSet(new float[3 * 784], 3, 28, 28), 2));
            assertTrue(wrong.getMessage().contains("do not fit"), wrong.getMessage());
        }
    }

    @Test
    void evaluationAgreesWithTheFiguresOfTheReconstructions() {
        Engine.getInstance().setRandomSeed(4);
        try (ImageAutoencoder ae = ImageAutoencoder.create(AutoencoderConfig.denoise(List.of(32), 8), Device.cpu())) {
            float[] images = randomImages(7, 784, 5);
            ImageSet set = new ImageSet(images, 7, 28, 28);
            Reconstruction fromNetwork = ae.evaluate(set, set, 3);
            Reconstruction fromOutputs = Reconstruction.of(ae.reconstruct(images, 7), images, 784);
            assertEquals(fromOutputs.crossEntropy(), fromNetwork.crossEntropy(), 1e-3 * fromOutputs.crossEntropy());
            assertEquals(fromOutputs.meanSquaredError(), fromNetwork.meanSquaredError(), 1e-7);
            assertEquals(fromOutputs.psnr(), fromNetwork.psnr(), 1e-5);
        }
    }

    @Test
    void sizesThatCannotWorkAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AutoencoderConfig(AutoencoderConfig.Role.PLAIN, 14, 14, 28, 28, List.of(8), 2));
        assertThrows(IllegalArgumentException.class, () -> new AutoencoderConfig(AutoencoderConfig.Role.SUPERRES, 28, 28, 28, 28, List.of(8), 2));
        assertThrows(IllegalArgumentException.class, () -> AutoencoderConfig.superres(5, List.of(8), 2));
        assertThrows(IllegalArgumentException.class, () -> AutoencoderConfig.plain(List.of(), 2));
        assertThrows(IllegalArgumentException.class, () -> ClassifierConfig.digits(Architecture.CONV, List.of(8, 16)));
    }

    @Test
    void classifierProbabilitiesSumToOneAndPredictionsAreTheirArgmax() {
        Engine.getInstance().setRandomSeed(5);
        for (Architecture architecture : Architecture.values()) {
            List<Integer> hidden = architecture == Architecture.MLP ? List.of(32) : List.of(4, 8, 16);
            try (DigitClassifier classifier = DigitClassifier.create(ClassifierConfig.digits(architecture, hidden), Device.cpu())) {
                float[] images = randomImages(6, 784, 6);
                float[] p = classifier.probabilities(images, 6);
                assertEquals(60, p.length);
                int[] predicted = classifier.predict(images, 6);
                for (int i = 0; i < 6; i++) {
                    double sum = 0;
                    for (int c = 0; c < 10; c++) {
                        sum += p[i * 10 + c];
                        assertTrue(p[i * 10 + c] <= p[i * 10 + predicted[i]]);
                    }
                    assertEquals(1, sum, 1e-5);
                }
                DigitClassifier.Evaluation evaluation = classifier.evaluate(
                        new LabeledImages(new ImageSet(images, 6, 28, 28), predicted), 4);
                assertEquals(1, evaluation.accuracy(), 1e-12, "labels equal to the predictions are all right");
                assertTrue(evaluation.crossEntropy() > 0);
            }
        }
    }
}
