package org.latentexplorer.ui.melodies;

import java.util.List;
import java.util.Locale;
import org.latentexplorer.data.Melody;

/** A row of melodies (an interpolation, a drawn path or variations), its title as shown, and the tune they make joined. */
public record Strip(Kind kind, String title, List<Shown> tiles) {
    public static final Strip EMPTY = new Strip(Kind.NONE, "", List.of());

    /** What made the strip; its name (English, like the command line's) starts the file name a tile is exported to. */
    public enum Kind {
        NONE, INTERPOLATION, PATH, VARIATIONS;

        String fileName() {
            return this == INTERPOLATION ? "a-b" : name().toLowerCase(Locale.ROOT);
        }
    }

    public Melody tune() {
        return Melody.concat(tiles.stream().map(Shown::melody).toList());
    }

    public boolean isEmpty() {
        return tiles.isEmpty();
    }
}
