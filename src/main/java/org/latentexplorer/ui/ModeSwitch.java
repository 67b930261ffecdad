package org.latentexplorer.ui;

import java.util.function.Consumer;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.latentexplorer.ui.ExplorerApp.Mode;

/** Digits | Melodies | Lab | Train: one mode is always on; choosing another tells {@code onChosen}. */
final class ModeSwitch extends HBox {
    private final ToggleGroup modes = new ToggleGroup();

    ModeSwitch(Consumer<Mode> onChosen) {
        ToggleButton digits = new ToggleButton("Digits");
        digits.setId("mode-digits");
        ToggleButton melodies = new ToggleButton("Melodies");
        melodies.setId("mode-melodies");
        ToggleButton lab = new ToggleButton("Lab");
        lab.setId("mode-lab");
        ToggleButton train = new ToggleButton("Train");
        train.setId("mode-train");
        digits.setToggleGroup(modes);
        melodies.setToggleGroup(modes);
        lab.setToggleGroup(modes);
        train.setToggleGroup(modes);
        digits.getStyleClass().add("mode-left");
        melodies.getStyleClass().add("mode-middle");
        lab.getStyleClass().add("mode-middle");
        train.getStyleClass().add("mode-right");
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                modes.selectToggle(old); // one mode is always on
            } else {
                onChosen.accept(Mode.values()[modes.getToggles().indexOf(now)]);
            }
        });
        getChildren().addAll(digits, melodies, lab, train);
        getStyleClass().add("mode-switch");
    }

    /** Shows {@code mode} as the one on. */
    void select(Mode mode) {
        modes.selectToggle(modes.getToggles().get(mode.ordinal()));
    }
}
