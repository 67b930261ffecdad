package org.latentexplorer.ui.widgets;

import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * A view's toolbar as groups of controls that wrap onto a second row when the window is narrow, so none hides in an
 * overflow menu (JavaFX's ToolBar hid the Melodies view's Variations at 1024 px). The app puts its mode switch first.
 */
public class WrappingToolbar extends FlowPane {
    public WrappingToolbar(Node... groups) {
        super(12, 6, groups);
        getStyleClass().add("wrapping-toolbar");
        setRowValignment(VPos.CENTER);
    }

    /** Controls that stay together on one row. */
    public static HBox group(Node... controls) {
        HBox group = new HBox(6, controls);
        group.setAlignment(Pos.CENTER_LEFT);
        return group;
    }
}
