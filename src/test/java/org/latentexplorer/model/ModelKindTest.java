package org.latentexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.latent.ModelCatalog;

/** The kinds keep the strings model.json has always held: every shipped card reads as its kind and writes back the same. */
class ModelKindTest {
    @TempDir
    Path dir;

    @Test
    void everyShippedCardsKindStringReadsAndWritesUnchanged() throws IOException {
        Set<ModelKind> seen = EnumSet.noneOf(ModelKind.class);
        List<Path> models;
        try (Stream<Path> children = Files.list(ModelCatalog.defaultRoot())) {
            models = children.filter(d -> Files.isRegularFile(d.resolve(ModelStore.CARD_FILE))).sorted().toList();
        }
        for (Path model : models) {
            String written = kindString(model.resolve(ModelStore.CARD_FILE));
            ModelCard card = ModelStore.readCard(model);
            assertEquals(written, card.kind().id(), model.toString());
            Path copy = dir.resolve(model.getFileName() + ".json");
            ModelStore.writeCard(copy, card);
            assertEquals(written, kindString(copy), model + ": the kind is written back as it was read");
            assertTrue(card.sizes() != null, model + ": the section of its kind is present");
            seen.add(card.kind());
        }
        // an imported model is made from a TorchScript file by the tests (TorchScriptImportTest); none ships
        assertEquals(EnumSet.complementOf(EnumSet.of(ModelKind.IMPORTED_TORCHSCRIPT)), seen, "the shipped models cover every kind of ours");
    }

    @Test
    void anUnknownKindIsNamedWithTheKindsThisVersionOpens() throws IOException {
        Path model = Files.createDirectories(dir.resolve("drums"));
        Files.writeString(model.resolve(ModelStore.CARD_FILE), "{ \"formatVersion\": 1, \"kind\": \"drums\" }");
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelStore.readCard(model));
        assertTrue(e.getMessage().endsWith("kind 'drums' is not a model this version can open"
                + " (expected 'image', 'melody', 'autoencoder', 'classifier', 'pca' or 'imported-torchscript')"), e.getMessage());
    }

    private static String kindString(Path card) throws IOException {
        return JsonParser.parseString(Files.readString(card)).getAsJsonObject().get("kind").getAsString();
    }
}
