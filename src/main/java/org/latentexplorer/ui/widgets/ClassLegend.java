package org.latentexplorer.ui.widgets;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Circle;
import org.latentexplorer.latent.LatentSpace;

/** The scatter's colours: one swatch per class name of the open model. */
public final class ClassLegend extends FlowPane {

    /** A legend that follows the open model's class names. */
    public ClassLegend(ObservableValue<LatentSpace> openSpace) {
        this();
        openSpace.addListener((obs, old, space) -> show(space));
    }

    /** A fixed legend: {@code names} in class order. */
    public ClassLegend(List<String> names) {
        this();
        show(names);
    }

    private ClassLegend() {
        getStyleClass().add("class-legend");
        setHgap(12);
        setVgap(4);
    }

    private void show(LatentSpace space) {
        getChildren().clear();
        if (space == null || space.latentMap().isEmpty()) {
            return;
        }
        show(space.classNames());
    }

    private void show(List<String> names) {
        getChildren().clear();
        names = ClassNames.shown(names);
        int classes = names.isEmpty() ? Palette.size() : names.size();
        for (int c = 0; c < classes; c++) {
            Label entry = new Label(names.isEmpty() ? Integer.toString(c) : names.get(c), new Circle(5, Palette.forClass(c)));
            entry.getStyleClass().add("legend-entry");
            getChildren().add(entry);
        }
    }
}
