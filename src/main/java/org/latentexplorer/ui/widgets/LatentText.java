package org.latentexplorer.ui.widgets;

import java.util.StringJoiner;
import org.latentexplorer.ui.i18n.Texts;

/** How latent points read as text: on the clipboard, in the status bar. */
public final class LatentText {
    private LatentText() {
    }

    /** Full precision, comma-separated, as the command line's {@code --z} takes it. */
    public static String forClipboard(float[] z) {
        StringJoiner joined = new StringJoiner(",");
        for (float value : z) {
            joined.add(Float.toString(value));
        }
        return joined.toString();
    }

    /**
     * Rounded for reading, in the window's language: "(0.53, -1.20)", "(0,53; -1,20)" where a comma is the decimal
     * sign; past four values, the first few and a count.
     */
    public static String brief(float[] z) {
        Texts texts = Texts.window();
        StringJoiner joined = new StringJoiner(texts.decimalComma() ? "; " : ", ", "(", ")");
        int shown = z.length <= 4 ? z.length : 3;
        for (int i = 0; i < shown; i++) {
            joined.add(texts.fixed(z[i], 2));
        }
        if (shown < z.length) {
            joined.add(texts.format(CommonText.MORE_VALUES, z.length - shown));
        }
        return joined.toString();
    }
}
