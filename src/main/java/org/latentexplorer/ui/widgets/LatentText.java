package org.latentexplorer.ui.widgets;

import java.util.Locale;
import java.util.StringJoiner;

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

    /** Rounded for reading: "(0.53, -1.20)" or, past four values, the first few and a count. */
    public static String brief(float[] z) {
        StringJoiner joined = new StringJoiner(", ", "(", ")");
        int shown = z.length <= 4 ? z.length : 3;
        for (int i = 0; i < shown; i++) {
            joined.add(String.format(Locale.ROOT, "%.2f", z[i]));
        }
        if (shown < z.length) {
            joined.add("… " + (z.length - shown) + " more");
        }
        return joined.toString();
    }
}
