package org.latentexplorer.ui.digits;

import static org.latentexplorer.ui.widgets.WrappingToolbar.group;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.ui.i18n.Texts;
import org.latentexplorer.ui.widgets.WrappingToolbar;

/** The Digits view's toolbar: the model picker and groups of buttons that wrap onto a second row in a narrow window. */
final class DigitsToolbar extends WrappingToolbar {
    private final ExplorerSession session;
    private final ModelPicker picker;

    /** {@code opener} opens a chosen model; the three actions copy z and export the image and the grid. */
    DigitsToolbar(ExplorerSession session, Consumer<Path> opener, Runnable copyPoint, Runnable exportImage, Runnable exportGrid) {
        this.session = session;
        List<ModelCatalog.Entry> imageModels = ModelCatalog.list(ModelCatalog.defaultRoot(), ModelKind.IMAGE_VAE);
        picker = new ModelPicker(session, imageModels, opener);
        Button exportDigit = button(DigitsText.EXPORT_DIGIT, "export-digit", DigitsText.EXPORT_DIGIT_TIP, exportImage);
        exportDigit.textProperty().bind(Bindings.createStringBinding(
                () -> DigitView.says(session.exploration().space(), DigitsText.EXPORT_DIGIT, DigitsText.EXPORT_IMAGE),
                session.exploration().spaceProperty()));
        getChildren().addAll(picker,
                group(button(DigitsText.SAMPLE, "sample", DigitsText.SAMPLE_TIP, session::sample),
                        button(DigitsText.PIN_A, "pin-a", DigitsText.PIN_A_TIP, session::pinA),
                        button(DigitsText.PIN_B, "pin-b", DigitsText.PIN_B_TIP, session::pinB),
                        button(DigitsText.INTERPOLATE, "interpolate", DigitsText.INTERPOLATE_TIP, session::interpolate)),
                group(button(DigitsText.RESET_VIEW, "reset-view", DigitsText.RESET_VIEW_TIP, session::resetView)),
                group(button(DigitsText.COPY_Z, "copy-z", DigitsText.COPY_Z_TIP, copyPoint),
                        exportDigit,
                        button(DigitsText.EXPORT_GRID, "export-grid", DigitsText.EXPORT_GRID_TIP, exportGrid)));
    }

    ModelPicker picker() {
        return picker;
    }


    private Button button(DigitsText text, String id, DigitsText tip, Runnable action) {
        Button button = new Button(Texts.window().text(text));
        button.setId(id);
        button.setTooltip(new Tooltip(Texts.window().text(tip)));
        button.setOnAction(e -> action.run());
        button.disableProperty().bind(session.exploration().spaceProperty().isNull());
        return button;
    }
}
