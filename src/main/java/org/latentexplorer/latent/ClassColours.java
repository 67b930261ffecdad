package org.latentexplorer.latent;

import java.util.List;

/**
 * The colours of the classes on a pad, as {@code #rrggbb}: Tableau 10, brightened for a dark background, repeated past
 * ten classes. The window's palette and the recorded journeys both take them from here.
 */
public final class ClassColours {
    public static final List<String> HEX = List.of("#4e9be6", "#f28e2b", "#e15759", "#76b7b2", "#59c14f",
            "#edc948", "#c27bd6", "#ff6fb5", "#b8926f", "#f2f2f2");

    private ClassColours() {
    }

    /** The colour of class {@code label} as {@code 0xRRGGBB}. */
    public static int rgb(int label) {
        return Integer.parseInt(HEX.get(Math.floorMod(label, HEX.size())).substring(1), 16);
    }
}
