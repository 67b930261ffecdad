package org.latentexplorer.ui;

import java.util.function.Consumer;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.latentexplorer.ui.ExplorerApp.Mode;
import org.latentexplorer.ui.i18n.Texts;

/** Digits | Melodies | Lab | Train: one mode is always on; choosing another tells {@code onChosen}. */
final class ModeSwitch extends HBox {
    private final ToggleGroup modes = new ToggleGroup();

    ModeSwitch(Consumer<Mode> onChosen) {
        ToggleButton digits = mode(WindowText.MODE_DIGITS, WindowText.MODE_DIGITS_TIP, "mode-digits");
        ToggleButton melodies = mode(WindowText.MODE_MELODIES, WindowText.MODE_MELODIES_TIP, "mode-melodies");
        ToggleButton lab = mode(WindowText.MODE_LAB, WindowText.MODE_LAB_TIP, "mode-lab");
        ToggleButton train = mode(WindowText.MODE_TRAIN, WindowText.MODE_TRAIN_TIP, "mode-train");
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

    private static ToggleButton mode(WindowText name, WindowText tip, String id) {
        ToggleButton button = new ToggleButton(Texts.window().text(name));
        button.setId(id);
        button.setTooltip(new Tooltip(Texts.window().text(tip)));
        return button;
    }

    /** Shows {@code mode} as the one on. */
    void select(Mode mode) {
        modes.selectToggle(modes.getToggles().get(mode.ordinal()));
    }
}
