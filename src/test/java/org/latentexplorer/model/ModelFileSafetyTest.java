package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are damaged, swapped or edited by hand never load as a silently wrong model. */
class ModelFileSafetyTest {
    private static final VaeConfig SMALL = VaeConfig.mlp(2, 32);
    private static final float[] POINTS = {0f, 0f, 1.5f, -2f};

    @TempDir
    Path dir;

    private static ModelCard card(VaeConfig config) {
        return new ModelCard(ModelCard.FORMAT_VERSION, ModelKind.IMAGE_VAE, "m", "test model", config,
                new ModelCard.Dataset("mnist", 0, 0, List.of("0", "1")),
                new ModelCard.Training(0, 1, 0.001f, "constant", 1f, 7, 0, "none"),
                new ModelCard.Metrics(1.0, 1.0, 0.0, Map.of()), Devices.describe(Device.cpu()), "now");
    }

    private Path savedVae(String name) throws IOException {
        Path target = dir.resolve(name);
        Engine.getInstance().setRandomSeed(3);
        try (ImageVae vae = ImageVae.create(SMALL, Device.cpu())) {
            ModelStore.save(target, vae, card(SMALL), new LatentMap(new float[] {0.5f, -1f, 2f, 0f}, new int[] {1, 2}, 2));
        }
        return target;
    }

    /** The card as saved, without its checksums: what an older or hand-made card looks like. */
    private static void dropChecksums(Path model) throws IOException {
        ModelCard card = ModelStore.readCard(model);
        ModelStore.writeCard(model.resolve(ModelStore.CARD_FILE), card.withChecksums(null));
    }

    private static void assertLoadFails(Path model, String... fragments) {
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelStore.loadImageVae(model, Device.cpu()).close());
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "'" + e.getMessage() + "' should mention '" + fragment + "'");
        }
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void aParameterFileDjlCannotReadIsAnErrorNamingItNotAFreshNetwork() throws IOException {
        Path model = savedVae("vae");
        dropChecksums(model);
        Path params = model.resolve("vae-0000.params");
        byte[] good = Files.readAllBytes(params);

        byte[] wrongMagic = good.clone();
        wrongMagic[0] = 'X';
        Files.write(params, wrongMagic);
        assertLoadFails(model, params.toString(), "not a DJL parameter file");

        Files.write(params, new byte[good.length]);
        assertLoadFails(model, params.toString(), "not a DJL parameter file");

        Files.copy(model.resolve(ModelStore.LATENT_MAP_FILE), params, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertLoadFails(model, params.toString(), "not a DJL parameter file");

        Files.write(params, new byte[2]);
        assertLoadFails(model, params.toString(), "not a DJL parameter file");
    }

    @Test
    void saveRecordsAChecksumOfEveryFileAndABitFlipIsAnErrorNamingTheFile() throws IOException {
        Path model = savedVae("vae");
        Map<String, String> sums = ModelStore.readCard(model).checksums();
        assertNotNull(sums, "a saved card has checksums");
        assertEquals(Checksums.sha256(model.resolve("vae-0000.params")), sums.get("vae-0000.params"));
        assertEquals(Checksums.sha256(model.resolve(ModelStore.LATENT_MAP_FILE)), sums.get(ModelStore.LATENT_MAP_FILE));
        assertTrue(sums.containsKey(Checksums.SIZES), sums.toString());

        Path params = model.resolve("vae-0000.params");
        byte[] bytes = Files.readAllBytes(params);
        bytes[bytes.length - 7] ^= 0x10;
        Files.write(params, bytes);
        assertLoadFails(model, params.toString(), "checksum does not match model.json: the file was changed or damaged");

        bytes[bytes.length - 7] ^= 0x10;
        Files.write(params, bytes);
        Path map = model.resolve(ModelStore.LATENT_MAP_FILE);
        byte[] mapBytes = Files.readAllBytes(map);
        mapBytes[mapBytes.length - 5] ^= 0x01;
        Files.write(map, mapBytes);
        assertLoadFails(model, map.toString(), "checksum does not match model.json");
    }

    @Test
    void aCardWithoutChecksumsStillLoads() throws IOException {
        Path model = savedVae("vae");
        float[] decoded;
        try (ModelStore.LoadedModel<ImageVae> loaded = ModelStore.loadImageVae(model, Device.cpu())) {
            decoded = loaded.model().decode(POINTS, 2);
        }
        dropChecksums(model);
        assertTrue(!Files.readString(model.resolve(ModelStore.CARD_FILE)).contains("checksums"));
        try (ModelStore.LoadedModel<ImageVae> loaded = ModelStore.loadImageVae(model, Device.cpu())) {
            assertArrayEquals(decoded, loaded.model().decode(POINTS, 2));
        }
    }

    @Test
    void aPcaFileThatWasChangedIsNamed() throws IOException {
        Path target = dir.resolve("pca");
        float[] pixels = new float[40 * 784];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (i * 7919 % 255) / 255f;
        }
        PcaModel pca = PcaModel.fit(new org.latentexplorer.data.ImageSet(pixels, 40, 28, 28), 2);
        ModelStore.save(target, pca, ModelCard.pca("p", "pca", pca.config(), card(SMALL).dataset(), card(SMALL).training(),
                new ModelCard.Metrics(Map.of()), card(SMALL).engine(), "now"), null, staged -> { });
        Path file = target.resolve(PcaModel.FILE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 3] ^= 0x20;
        Files.write(file, bytes);
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelStore.loadPca(target));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("checksum does not match"), e.getMessage());
    }

    private Path savedMelody() throws IOException {
        Path target = dir.resolve("melody");
        MelodyVaeConfig config = new MelodyVaeConfig(8, 8, 2, 32);
        try (MelodyVae vae = MelodyVae.create(config, Device.cpu())) {
            ModelCard card = new ModelCard(ModelCard.FORMAT_VERSION, ModelKind.MELODY, "melody", "", null,
                    card(SMALL).dataset(), card(SMALL).training(), card(SMALL).metrics(), card(SMALL).engine(), "now", config);
            ModelStore.save(target, vae, card, null, staged -> { });
        }
        return target;
    }

    private static void editCard(Path model, String from, String to) throws IOException {
        Path file = model.resolve(ModelStore.CARD_FILE);
        String json = Files.readString(file);
        assertTrue(json.contains(from), json);
        Files.writeString(file, json.replace(from, to));
    }

    @Test
    void aMelodyCardClaimingSixtyFourStepsOnAThirtyTwoStepModelDoesNotLoad() throws IOException {
        Path model = savedMelody();
        try (ModelStore.LoadedModel<MelodyVae> loaded = ModelStore.loadMelody(model, Device.cpu())) {
            assertEquals(32, loaded.card().melody().steps());
        }
        editCard(model, "\"steps\": 32", "\"steps\": 64");
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelStore.loadMelody(model, Device.cpu()));
        assertTrue(e.getMessage().contains("model.json") && e.getMessage().contains("steps 64"), e.getMessage());

        dropChecksumsByHand(model);
        ModelFormatException bare = assertThrows(ModelFormatException.class, () -> ModelStore.loadMelody(model, Device.cpu()));
        assertTrue(bare.getMessage().contains("steps 64") && bare.getMessage().contains("32 steps"), bare.getMessage());
    }

    @Test
    void sizesTheParameterShapesCannotShowAreCoveredByTheChecksum() throws IOException {
        Path model = savedVae("vae");
        editCard(model, "\"imageRows\": 28,\n    \"imageCols\": 28", "\"imageRows\": 14,\n    \"imageCols\": 56");
        assertLoadFails(model, "model.json", "\"architecture\" section does not match the checksum");
    }

    /** Removes the checksums from the JSON text, leaving the hand edits in it. */
    private static void dropChecksumsByHand(Path model) throws IOException {
        Path file = model.resolve(ModelStore.CARD_FILE);
        com.google.gson.JsonObject json = com.google.gson.JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        json.remove("checksums");
        Files.writeString(file, json.toString());
    }

    @Test
    void hugeSizesInACardAreRefusedBeforeAnythingIsBuilt() throws IOException {
        Path model = savedVae("vae");
        dropChecksums(model);
        editCard(model, "\"latentSize\": 2", "\"latentSize\": 2147483648");
        assertLoadFails(model, "model.json", "latentSize 2147483648 is out of range 1..4096");

        Path melody = savedMelody();
        editCard(melody, "\"decoderState\": 8", "\"decoderState\": 2147483648");
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelStore.readCard(melody));
        assertTrue(e.getMessage().contains("decoderState 2147483648 is out of range 1..8192"), e.getMessage());
        editCard(melody, "\"decoderState\": 2147483648", "\"decoderState\": 8");
        editCard(melody, "\"steps\": 32", "\"steps\": 2147483648");
        e = assertThrows(ModelFormatException.class, () -> ModelStore.readCard(melody));
        assertTrue(e.getMessage().contains("steps 2147483648 is out of range 1..4096"), e.getMessage());

        Path wide = savedVae("wide");
        dropChecksums(wide);
        editCard(wide, "\"hidden\": [\n      32\n    ]", "\"hidden\": [\n      8000, 8000, 8000, 8000, 8000, 8000\n    ]");
        ModelFormatException weights = assertThrows(ModelFormatException.class, () -> ModelStore.readCard(wide));
        assertTrue(weights.getMessage().contains("weights"), weights.getMessage());
    }
}
