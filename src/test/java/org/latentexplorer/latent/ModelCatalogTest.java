package org.latentexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.model.AutoencoderConfig;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelStore;
import org.latentexplorer.model.PcaConfig;
import org.latentexplorer.model.VaeConfig;

class ModelCatalogTest {
    @TempDir
    Path root;

    private static final ModelCard.Dataset DATA = new ModelCard.Dataset("mnist", 1, 1, List.of());
    private static final ModelCard.Training TRAINING = new ModelCard.Training(1, 1, 0.001f, "constant", 0f, 1, 0, "test");
    private static final ModelCard.Engine ENGINE = new ModelCard.Engine("PyTorch", "2.5.1", "cpu()", "0.32.0");

    private void card(String name, ModelCard card) throws IOException {
        ModelStore.writeCard(Files.createDirectories(root.resolve(name)).resolve(ModelStore.CARD_FILE), card);
    }

    @Test
    void aKindFilterKeepsThatKindAndTheUnusableFolders() throws IOException {
        card("a-vae", new ModelCard(ModelCard.FORMAT_VERSION, ModelKind.IMAGE_VAE, "a-vae", "", VaeConfig.mlp(2, 16), DATA, TRAINING,
                new ModelCard.Metrics(1.0, 1.0, 0.0, Map.of()), ENGINE, "now"));
        card("b-ae", ModelCard.autoencoder("b-ae", "", AutoencoderConfig.plain(List.of(16), 2), DATA, TRAINING,
                new ModelCard.Metrics(Map.of()), ENGINE, "now"));
        card("c-pca", ModelCard.pca("c-pca", "", new PcaConfig(28, 28, 2), DATA, TRAINING, new ModelCard.Metrics(Map.of()), ENGINE, "now"));
        Files.createDirectories(root.resolve("d-broken"));

        assertEquals(4, ModelCatalog.list(root).size());
        List<ModelCatalog.Entry> vaes = ModelCatalog.list(root, ModelKind.IMAGE_VAE);
        assertEquals(List.of("a-vae", "d-broken"), vaes.stream().map(ModelCatalog.Entry::name).toList());
        assertFalse(vaes.get(1).usable());
        assertEquals(List.of("d-broken"), ModelCatalog.list(root, ModelKind.MELODY).stream().map(ModelCatalog.Entry::name).toList());
    }
}
