package org.latentexplorer.ui.melodies;

import org.latentexplorer.ui.i18n.Texts;

/** Slider values written the window's language's way with a fixed number of decimals, so a label keeps its width as a slider moves. */
final class MelodyNumbers {
    private MelodyNumbers() {
    }

    /** {@code value} with exactly {@code digits} decimals, e.g. "0.70" in English, "0,70" in Finnish. */
    static String fixed(double value, int digits) {
        return Texts.window().fixed(value, digits);
    }

    /** {@code value} with exactly {@code digits} decimals and its sign, e.g. "+1.0", "−0.5"; a zero is "0". */
    static String signed(double value, int digits) {
        double rounded = Math.round(value * Math.pow(10, digits)) / Math.pow(10, digits);
        return rounded == 0 ? "0" : Texts.window().signedFixed(rounded, digits);
    }
}
