package org.latentexplorer.ui.widgets;

import javafx.scene.paint.Color;

/** Ten distinct label colours (Tableau 10, brightened for a dark background), repeated past ten classes. */
public final class Palette {
    private static final Color[] CLASS_COLORS = {
        Color.web("#4e9be6"), Color.web("#f28e2b"), Color.web("#e15759"), Color.web("#76b7b2"), Color.web("#59c14f"),
        Color.web("#edc948"), Color.web("#c27bd6"), Color.web("#ff6fb5"), Color.web("#b8926f"), Color.web("#f2f2f2"),
    };

    private Palette() {
    }

    public static Color forClass(int label) {
        return CLASS_COLORS[Math.floorMod(label, CLASS_COLORS.length)];
    }

    public static int size() {
        return CLASS_COLORS.length;
    }
}
