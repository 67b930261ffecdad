package org.latentexplorer.ui.widgets;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import org.latentexplorer.latent.ModelCatalog;

/** What the views' model boxes share: showing the model actually open, and telling model directories apart. */
public final class ModelChoices {
    private ModelChoices() {
    }

    /**
     * Selects the entry of the model {@code open} in {@code models}, adding {@code open} when none is
     * of its directory; clears the selection when {@code open} is null.
     */
    public static void showOpenModel(ComboBox<ModelCatalog.Entry> models, ModelCatalog.Entry open) {
        if (open == null) {
            models.setValue(null);
            return;
        }
        ModelCatalog.Entry match = models.getItems().stream()
                .filter(e -> sameDirectory(e.directory(), open.directory())).findFirst().orElse(null);
        if (match == null) {
            match = open;
            models.getItems().add(match);
        }
        models.setValue(match);
    }

    public static boolean sameDirectory(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
