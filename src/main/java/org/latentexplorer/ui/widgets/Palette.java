package org.latentexplorer.ui.widgets;

import javafx.scene.paint.Color;
import org.latentexplorer.latent.ClassColours;

/** Ten distinct label colours (Tableau 10, brightened for a dark background), repeated past ten classes. */
public final class Palette {
    private static final Color[] CLASS_COLORS = ClassColours.HEX.stream().map(Color::web).toArray(Color[]::new);

    private Palette() {
    }

    public static Color forClass(int label) {
        return CLASS_COLORS[Math.floorMod(label, CLASS_COLORS.length)];
    }

    public static int size() {
        return CLASS_COLORS.length;
    }
}
