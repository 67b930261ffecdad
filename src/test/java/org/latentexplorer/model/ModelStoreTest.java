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
        return new ModelCard(ModelCard.FORMAT_VERSION, ModelCard.KIND_IMAGE, name, "test model", config,
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
            try (ModelStore.Loaded loaded = ModelStore.load(target, Device.cpu())) {
                assertArrayEquals(before, loaded.vae().decode(POINTS, 3));
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
        try (ModelStore.Loaded loaded = ModelStore.load(target, Device.cpu())) {
            assertEquals("good", loaded.card().name());
            assertArrayEquals(good, loaded.vae().decode(POINTS, 3));
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
            try (ModelStore.Loaded loaded = ModelStore.load(target, Device.cpu())) {
                assertEquals("second", loaded.card().name());
                assertArrayEquals(second.decode(POINTS, 3), loaded.vae().decode(POINTS, 3));
            }
        }
    }

    @Test
    void missingFolderAndMissingCardAreNamed() throws IOException {
        ModelFormatException noFolder = assertThrows(ModelFormatException.class, () -> ModelStore.load(dir.resolve("nowhere")));
        assertTrue(noFolder.getMessage().contains("nowhere"), noFolder.getMessage());
        Files.createDirectories(dir.resolve("empty"));
        ModelFormatException noCard = assertThrows(ModelFormatException.class, () -> ModelStore.load(dir.resolve("empty")));
        assertTrue(noCard.getMessage().contains("model.json") && noCard.getMessage().contains("missing"), noCard.getMessage());
    }

    @Test
    void brokenJsonAndWrongKindAreExplained() throws IOException {
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("model.json"), "{ \"formatVersion\": 1, \"kind\": ");
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelStore.load(broken));
        assertTrue(e.getMessage().contains("model.json") && e.getMessage().contains("not valid"), e.getMessage());

        Path drums = Files.createDirectories(dir.resolve("drums"));
        Files.writeString(drums.resolve("model.json"), "{ \"formatVersion\": 1, \"kind\": \"drums\" }");
        ModelFormatException kind = assertThrows(ModelFormatException.class, () -> ModelStore.load(drums));
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
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelStore.load(target, Device.cpu()));
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
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelStore.load(target, Device.cpu()));
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
            try (ModelStore.Loaded loaded = ModelStore.load(target, Device.cpu())) {
                assertArrayEquals(before, loaded.vae().decode(z, 1));
            }
        }
    }
}
