package org.latentexplorer.ui.widgets;

import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/** Two joined toggle buttons of which exactly one is on, like the mode switch; tells a listener when the choice changes. */
public final class TwoWaySwitch extends HBox {
    private final ToggleGroup group = new ToggleGroup();
    private final ToggleButton left;
    private final ToggleButton right;

    public TwoWaySwitch(String leftText, String leftId, String rightText, String rightId, Runnable onChange) {
        left = new ToggleButton(leftText);
        right = new ToggleButton(rightText);
        left.setId(leftId);
        right.setId(rightId);
        left.setToggleGroup(group);
        right.setToggleGroup(group);
        left.setSelected(true);
        left.getStyleClass().add("mode-left");
        right.getStyleClass().add("mode-right");
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old);
            } else {
                onChange.run();
            }
        });
        getChildren().addAll(left, right);
        getStyleClass().add("mode-switch");
    }

    public boolean isLeft() {
        return group.getSelectedToggle() == left;
    }

    public void select(boolean leftOn) {
        group.selectToggle(leftOn ? left : right);
    }
}
