package org.latentexplorer.ui;

import java.nio.file.Path;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.model.ModelKind;

/** The models each mode opens on when none is named: the shipped ones, else the first usable of their kind. */
final class ShippedModels {
    static final String DEFAULT_MODEL = "mnist-vae-2d";
    static final String DEFAULT_MELODY_MODEL = "melody-vae";

    private ShippedModels() {
    }

    /** Whether {@code directory} holds a melody model (false when it is not a readable model). */
    static boolean isMelodyModel(Path directory) {
        ModelCatalog.Entry entry = ModelCatalog.entry(directory);
        return entry.usable() && entry.card().kind() == ModelKind.MELODY;
    }

    /** The shipped melody model, or else the first usable melody model under the models folder. */
    static Path defaultMelodyModel() {
        Path root = ModelCatalog.defaultRoot();
        Path preferred = root.resolve(DEFAULT_MELODY_MODEL);
        if (preferred.toFile().isDirectory()) {
            return preferred;
        }
        return ModelCatalog.list(root, ModelKind.MELODY).stream().filter(ModelCatalog.Entry::usable)
                .map(ModelCatalog.Entry::directory).findFirst().orElse(preferred);
    }

    /** The shipped 2-D MNIST model, or else the first usable model under the models folder. */
    static Path defaultModel() {
        Path root = ModelCatalog.defaultRoot();
        Path preferred = root.resolve(DEFAULT_MODEL);
        if (preferred.toFile().isDirectory()) {
            return preferred;
        }
        return ModelCatalog.list(root, ModelKind.IMAGE_VAE).stream().filter(ModelCatalog.Entry::usable)
                .map(ModelCatalog.Entry::directory).findFirst().orElse(preferred);
    }
}
