package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelStoreTest {
    private static final VaeConfig SMALL = VaeConfig.mlp(2, 32);

    @TempDir
    Path dir;

    private static ModelCard card(VaeConfig config, String name) {
        return new ModelCard(ModelCard.FORMAT_VERSION, ModelKind.IMAGE_VAE, name, "test model", config,
                new ModelCard.Dataset("mnist", 0, 0, List.of("0", "1")),
                new ModelCard.Training(0, 1, 0.001f, "constant", 1f, 7, 0, "none"),
                new ModelCard.Metrics(123.0, 100.0, 23.0, Map.of()),
                Devices.describe(Device.cpu()), "now");
    }

    private static ImageVae freshVae(VaeConfig config, int seed) {
        Engine.getInstance().setRandomSeed(seed);
        return ImageVae.create(config, Device.cpu());
    }

    private static final float[] POINTS = {0f, 0f, 1.5f, -2f, -0.3f, 0.7f};

    @Test
    void saveThenLoadGivesIdenticalDecodesCardAndLatentMap() throws IOException {
        Path target = dir.resolve("round-trip");
        LatentMap map = new LatentMap(new float[] {0.1f, 0.2f, -1f, 3f}, new int[] {4, 9}, 2);
        try (ImageVae vae = freshVae(SMALL, 1)) {
            float[] before = vae.decode(POINTS, 3);
            ModelStore.save(target, vae, card(SMALL, "round-trip"), map);
            try (ModelStore.LoadedModel<ImageVae> loaded = ModelStore.loadImageVae(target, Device.cpu())) {
                assertArrayEquals(before, loaded.model().decode(POINTS, 3));
                assertEquals(SMALL, loaded.card().architecture());
                assertEquals(123.0, loaded.card().metrics().testNegativeElbo());
                assertArrayEquals(map.means(), loaded.latentMap().orElseThrow().means());
                assertArrayEquals(map.labels(), loaded.latentMap().orElseThrow().labels());
            }
        }
    }

    @Test
    void failedSaveLeavesThePreviousModelIntactAndNoTemporaryFolders() throws IOException {
        Path target = dir.resolve("model");
        float[] good;
        try (ImageVae first = freshVae(SMALL, 1)) {
            good = first.decode(POINTS, 3);
            ModelStore.save(target, first, card(SMALL, "good"), null);
        }
        try (ImageVae second = freshVae(SMALL, 2)) {
            assertFalse(java.util.Arrays.equals(good, second.decode(POINTS, 3)), "seeds should give different networks");
            IOException e = assertThrows(IOException.class, () -> ModelStore.save(target, second, card(SMALL, "bad"), null,
                    staged -> {
                        throw new IOException("disk full (injected)");
                    }));
            assertTrue(e.getMessage().contains("injected"));
        }
        try (ModelStore.LoadedModel<ImageVae> loaded = ModelStore.loadImageVae(target, Device.cpu())) {
            assertEquals("good", loaded.card().name());
            assertArrayEquals(good, loaded.model().decode(POINTS, 3));
        }
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of(target), siblings.toList());
        }
    }

    @Test
    void successfulSaveReplacesTheOldModel() throws IOException {
        Path target = dir.resolve("model");
        try (ImageVae first = freshVae(SMALL, 1); ImageVae second = freshVae(SMALL, 2)) {
            ModelStore.save(target, first, card(SMALL, "first"), null);
            ModelStore.save(target, second, card(SMALL, "second"), null);
            try (ModelStore.LoadedModel<ImageVae> loaded = ModelStore.loadImageVae(target, Device.cpu())) {
                assertEquals("second", loaded.card().name());
                assertArrayEquals(second.decode(POINTS, 3), loaded.model().decode(POINTS, 3));
            }
        }
    }

    @Test
    void missingFolderAndMissingCardAreNamed() throws IOException {
        ModelFormatException noFolder = assertThrows(ModelFormatException.class, () -> ModelStore.loadImageVae(dir.resolve("nowhere")));
        assertTrue(noFolder.getMessage().contains("nowhere"), noFolder.getMessage());
        Files.createDirectories(dir.resolve("empty"));
        ModelFormatException noCard = assertThrows(ModelFormatException.class, () -> ModelStore.loadImageVae(dir.resolve("empty")));
        assertTrue(noCard.getMessage().contains("model.json") && noCard.getMessage().contains("missing"), noCard.getMessage());
    }

    @Test
    void brokenJsonAndWrongKindAreExplained() throws IOException {
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("model.json"), "{ \"formatVersion\": 1, \"kind\": ");
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelStore.loadImageVae(broken));
        assertTrue(e.getMessage().contains("model.json") && e.getMessage().contains("not valid"), e.getMessage());

        Path drums = Files.createDirectories(dir.resolve("drums"));
        Files.writeString(drums.resolve("model.json"), "{ \"formatVersion\": 1, \"kind\": \"drums\" }");
        ModelFormatException kind = assertThrows(ModelFormatException.class, () -> ModelStore.loadImageVae(drums));
        assertTrue(kind.getMessage().contains("'drums'"), kind.getMessage());

        Path melody = Files.createDirectories(dir.resolve("melody"));
        Files.writeString(melody.resolve("model.json"), "{ \"formatVersion\": 1, \"kind\": \"melody\" }");
        ModelFormatException sizes = assertThrows(ModelFormatException.class, () -> ModelStore.loadMelody(melody));
        assertTrue(sizes.getMessage().contains("without a \"melody\" section"), sizes.getMessage());
    }

    @Test
    void parametersThatDoNotFitTheArchitectureAreReported() throws IOException {
        Path target = dir.resolve("mismatch");
        try (ImageVae vae = freshVae(SMALL, 1)) {
            ModelStore.save(target, vae, card(SMALL, "mismatch"), null);
        }
        ModelStore.writeCard(target.resolve("model.json"), card(VaeConfig.mlp(2, 64), "mismatch"));
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelStore.loadImageVae(target, Device.cpu()));
        assertTrue(e.getMessage().contains("vae-0000.params") && e.getMessage().contains("do not fit"), e.getMessage());
    }

    @Test
    void truncatedLatentMapIsReported() throws IOException {
        Path target = dir.resolve("with-map");
        try (ImageVae vae = freshVae(SMALL, 1)) {
            ModelStore.save(target, vae, card(SMALL, "with-map"), new LatentMap(new float[20], new int[10], 2));
        }
        Path mapFile = target.resolve(ModelStore.LATENT_MAP_FILE);
        byte[] bytes = Files.readAllBytes(mapFile);
        Files.write(mapFile, java.util.Arrays.copyOf(bytes, bytes.length - 15));
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelStore.loadImageVae(target, Device.cpu()));
        assertTrue(e.getMessage().contains("latent-map.bin") && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void convolutionalModelRoundTrips() throws IOException {
        VaeConfig conv = new VaeConfig(Architecture.CONV, 28, 28, List.of(8, 16, 32), 3);
        Path target = dir.resolve("conv");
        float[] z = {0.5f, -1f, 2f};
        try (ImageVae vae = freshVae(conv, 3)) {
            float[] before = vae.decode(z, 1);
            assertEquals(784, before.length);
            assertEquals(3, vae.encodeMeans(new float[784 * 2], 2).length / 2);
            ModelStore.save(target, vae, card(conv, "conv"), null);
            try (ModelStore.LoadedModel<ImageVae> loaded = ModelStore.loadImageVae(target, Device.cpu())) {
                assertArrayEquals(before, loaded.model().decode(z, 1));
            }
        }
    }

    // ---- autoencoders, classifiers and PCA

    private static final AutoencoderConfig SMALL_AE = AutoencoderConfig.plain(List.of(32), 2);
    private static final ClassifierConfig SMALL_CLASSIFIER = ClassifierConfig.digits(Architecture.CONV, List.of(4, 8, 16));

    private static ModelCard.Dataset mnist() {
        return new ModelCard.Dataset("mnist", 60000, 10000, List.of("0", "1"));
    }

    private static ModelCard.Training training() {
        return new ModelCard.Training(3, 128, 0.001f, "cosine", 0f, 7, 1.5, "none", Map.of("noiseSigmaMax", 0.5));
    }

    private static ModelCard autoencoderCard(AutoencoderConfig config) {
        return ModelCard.autoencoder("ae", "test autoencoder", config, mnist(), training(),
                new ModelCard.Metrics(Map.of("testBce", 80.0)), Devices.describe(Device.cpu()), "now");
    }

    private static float[] images(int count, long seed) {
        java.util.Random random = new java.util.Random(seed);
        float[] pixels = new float[count * 784];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextFloat();
        }
        return pixels;
    }

    @Test
    void anAutoencoderRoundTripsWithItsCodesAndHasNoElboInItsCard() throws IOException {
        Path target = dir.resolve("ae");
        Engine.getInstance().setRandomSeed(11);
        float[] input = images(3, 1);
        LatentMap codes = new LatentMap(new float[] {0.5f, -0.5f}, new int[] {3}, 2);
        try (ImageAutoencoder ae = ImageAutoencoder.create(SMALL_AE, Device.cpu())) {
            ModelStore.save(target, ae, autoencoderCard(SMALL_AE), codes, staged -> { });
            try (ModelStore.LoadedModel<ImageAutoencoder> loaded = ModelStore.loadAutoencoder(target, Device.cpu())) {
                assertArrayEquals(ae.reconstruct(input, 3), loaded.model().reconstruct(input, 3));
                assertArrayEquals(ae.decode(POINTS, 3), loaded.model().decode(POINTS, 3));
                assertEquals(SMALL_AE, loaded.card().autoencoder());
                assertEquals(ModelKind.AUTOENCODER, loaded.card().kind());
                assertEquals(80.0, loaded.card().metrics().extra().get("testBce"));
                assertEquals(0.5, loaded.card().training().settings().get("noiseSigmaMax"));
                assertEquals(null, loaded.card().metrics().testNegativeElbo());
                assertArrayEquals(codes.means(), loaded.latentMap().orElseThrow().means());
            }
        }
        String json = Files.readString(target.resolve(ModelStore.CARD_FILE));
        assertFalse(json.contains("testNegativeElbo") || json.contains("NaN"), json);
        assertTrue(json.contains("\"role\": \"PLAIN\""), json);
    }

    @Test
    void aClassifierRoundTrips() throws IOException {
        Path target = dir.resolve("classifier");
        float[] input = images(2, 2);
        try (DigitClassifier classifier = DigitClassifier.create(SMALL_CLASSIFIER, Device.cpu())) {
            ModelStore.save(target, classifier, ModelCard.classifier("c", "test classifier", SMALL_CLASSIFIER, mnist(), training(),
                    new ModelCard.Metrics(Map.of("testAccuracy", 0.5)), Devices.describe(Device.cpu()), "now"), null, staged -> { });
            try (ModelStore.LoadedModel<DigitClassifier> loaded = ModelStore.loadClassifier(target, Device.cpu())) {
                assertArrayEquals(classifier.probabilities(input, 2), loaded.model().probabilities(input, 2));
                assertEquals(SMALL_CLASSIFIER, loaded.card().classifier());
            }
        }
    }

    @Test
    void aPcaRoundTripsAndItsFileIsChecked() throws IOException {
        Path target = dir.resolve("pca");
        org.latentexplorer.data.ImageSet set = new org.latentexplorer.data.ImageSet(images(50, 3), 50, 28, 28);
        PcaModel pca = PcaModel.fit(set, 2);
        ModelCard card = ModelCard.pca("p", "test pca", pca.config(), mnist(), training(),
                new ModelCard.Metrics(Map.of("explainedVarianceRatio", pca.explainedVarianceRatio())), Devices.describe(Device.cpu()), "now");
        ModelStore.save(target, pca, card, new LatentMap(new float[4], new int[2], 2), staged -> { });
        try (ModelStore.LoadedModel<PcaModel> loaded = ModelStore.loadPca(target)) {
            assertArrayEquals(pca.transform(set.pixels(), 50), loaded.model().transform(set.pixels(), 50));
            assertEquals(2, loaded.latentMap().orElseThrow().count());
        }
        ModelStore.writeCard(target.resolve(ModelStore.CARD_FILE), ModelCard.pca("p", "test pca", new PcaConfig(28, 28, 5),
                mnist(), training(), card.metrics(), card.engine(), "now"));
        ModelFormatException sizes = assertThrows(ModelFormatException.class, () -> ModelStore.loadPca(target));
        assertTrue(sizes.getMessage().contains("pca.bin") && sizes.getMessage().contains("model.json says pca 28x28 components 5"),
                sizes.getMessage());
        Files.delete(target.resolve(PcaModel.FILE));
        ModelFormatException missing = assertThrows(ModelFormatException.class, () -> ModelStore.loadPca(target));
        assertTrue(missing.getMessage().contains("pca.bin") && missing.getMessage().contains("missing"), missing.getMessage());
    }

    @Test
    void openingAModelAsAnotherKindNamesBothKinds() throws IOException {
        Path target = dir.resolve("ae");
        try (ImageAutoencoder ae = ImageAutoencoder.create(SMALL_AE, Device.cpu())) {
            ModelStore.save(target, ae, autoencoderCard(SMALL_AE), null, staged -> { });
        }
        ModelFormatException asVae = assertThrows(ModelFormatException.class, () -> ModelStore.loadImageVae(target, Device.cpu()));
        assertTrue(asVae.getMessage().contains("model.json") && asVae.getMessage().contains("is an autoencoder model, not an image VAE"),
                asVae.getMessage());
        ModelFormatException asPca = assertThrows(ModelFormatException.class, () -> ModelStore.loadPca(target));
        assertTrue(asPca.getMessage().contains("not a PCA"), asPca.getMessage());
        Path vae = dir.resolve("vae");
        try (ImageVae image = freshVae(SMALL, 1)) {
            ModelStore.save(vae, image, card(SMALL, "vae"), null);
        }
        ModelFormatException asClassifier = assertThrows(ModelFormatException.class, () -> ModelStore.loadClassifier(vae, Device.cpu()));
        assertTrue(asClassifier.getMessage().contains("is an image VAE, not a classifier"), asClassifier.getMessage());
    }

    @Test
    void autoencoderParametersThatDoNotFitAreReported() throws IOException {
        Path target = dir.resolve("ae");
        try (ImageAutoencoder ae = ImageAutoencoder.create(SMALL_AE, Device.cpu())) {
            ModelStore.save(target, ae, autoencoderCard(SMALL_AE), null, staged -> { });
        }
        ModelStore.writeCard(target.resolve(ModelStore.CARD_FILE), autoencoderCard(AutoencoderConfig.plain(List.of(48), 2)));
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelStore.loadAutoencoder(target, Device.cpu()));
        assertTrue(e.getMessage().contains("autoencoder-0000.params") && e.getMessage().contains("do not fit"), e.getMessage());
        Files.delete(target.resolve("autoencoder-0000.params"));
        ModelFormatException none = assertThrows(ModelFormatException.class, () -> ModelStore.loadAutoencoder(target, Device.cpu()));
        assertTrue(none.getMessage().contains("has no parameter file (autoencoder-NNNN.params)"), none.getMessage());
    }

    @Test
    void aMissingOrImpossibleSizeSectionIsNamed() throws IOException {
        Path bare = Files.createDirectories(dir.resolve("bare"));
        Files.writeString(bare.resolve("model.json"), "{ \"formatVersion\": 1, \"kind\": \"classifier\" }");
        ModelFormatException missing = assertThrows(ModelFormatException.class, () -> ModelStore.loadClassifier(bare));
        assertTrue(missing.getMessage().contains("model.json") && missing.getMessage().contains("without a \"classifier\" section"),
                missing.getMessage());
        Path odd = Files.createDirectories(dir.resolve("odd"));
        Files.writeString(odd.resolve("model.json"), "{ \"formatVersion\": 1, \"kind\": \"autoencoder\", \"autoencoder\": "
                + "{ \"role\": \"SUPERRES\", \"inputRows\": 28, \"inputCols\": 28, \"outputRows\": 28, \"outputCols\": 28,"
                + " \"hidden\": [8], \"bottleneck\": 2 } }");
        ModelFormatException impossible = assertThrows(ModelFormatException.class, () -> ModelStore.loadAutoencoder(odd));
        assertTrue(impossible.getMessage().contains("model.json") && impossible.getMessage().contains("impossible sizes")
                && impossible.getMessage().contains("super-resolution"), impossible.getMessage());
    }
}
