package org.latentexplorer.ui.digits;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.latentexplorer.latent.ModelCatalog;
import org.latentexplorer.model.ModelKind;

/**
 * The Digits view's toolbar: the model picker and groups of buttons that wrap onto a second row when
 * the window is narrow, so none hides in an overflow menu. The app puts its mode switch first.
 */
final class DigitsToolbar extends FlowPane {
    private final ExplorerSession session;
    private final ModelPicker picker;

    /** {@code opener} opens a chosen model; the three actions copy z and export the image and the grid. */
    DigitsToolbar(ExplorerSession session, Consumer<Path> opener, Runnable copyPoint, Runnable exportImage, Runnable exportGrid) {
        super(12, 6);
        this.session = session;
        List<ModelCatalog.Entry> imageModels = ModelCatalog.list(ModelCatalog.defaultRoot(), ModelKind.IMAGE_VAE);
        picker = new ModelPicker(session, imageModels, opener);
        Button exportDigit = button("Export digit…", "export-digit", "Save the decoded image as PNG", exportImage);
        exportDigit.textProperty().bind(Bindings.createStringBinding(
                () -> "Export " + DigitView.noun(session.exploration().space()) + "…", session.exploration().spaceProperty()));
        getChildren().addAll(picker,
                group(button("Sample", "sample", "Random point from the prior (S)", session::sample),
                        button("Pin A", "pin-a", "Pin the current point as A (A)", session::pinA),
                        button("Pin B", "pin-b", "Pin the current point as B (B)", session::pinB),
                        button("Interpolate", "interpolate", "Decode the frames from A to B (I)", session::interpolate)),
                group(button("Reset view", "reset-view", "Frame the test encodings again (R)", session::resetView)),
                group(button("Copy z", "copy-z", "Copy the current point, comma-separated (Ctrl+C)", copyPoint),
                        exportDigit,
                        button("Export grid…", "export-grid", "Save the manifold grid as PNG", exportGrid)));
        getStyleClass().add("wrapping-toolbar");
        setRowValignment(VPos.CENTER);
    }

    ModelPicker picker() {
        return picker;
    }

    private static HBox group(Node... controls) {
        HBox group = new HBox(6, controls);
        group.setAlignment(Pos.CENTER_LEFT);
        return group;
    }

    private Button button(String text, String id, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        button.disableProperty().bind(session.exploration().spaceProperty().isNull());
        return button;
    }
}
