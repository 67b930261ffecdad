package org.latentexplorer.ui.widgets;

import java.nio.file.Path;
import java.util.function.ToIntFunction;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.ui.i18n.Texts;

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

    /** A model box's line: the name and latent size, or why the model cannot be opened; the folder as tooltip. */
    public static final class EntryCell extends ListCell<ModelCatalog.Entry> {
        private final ToIntFunction<ModelCard> latentSize;

        public EntryCell(ToIntFunction<ModelCard> latentSize) {
            this.latentSize = latentSize;
        }

        @Override
        protected void updateItem(ModelCatalog.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().remove("unusable");
            setTooltip(null);
            if (empty || entry == null) {
                setText(null);
            } else if (entry.usable()) {
                setText(entry.name() + "  ·  " + latentSize.applyAsInt(entry.card()) + "-D");
                setTooltip(new Tooltip(entry.directory().toString()));
            } else {
                setText(entry.name() + "  ·  " + Texts.window().format(CommonText.MODEL_UNUSABLE, entry.problem()));
                getStyleClass().add("unusable");
                setTooltip(new Tooltip(entry.problem()));
            }
        }
    }
}
