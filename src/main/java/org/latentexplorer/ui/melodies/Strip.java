package org.latentexplorer.ui.melodies;

import java.util.List;
import org.latentexplorer.data.Melody;

/** A row of melodies (an interpolation or a drawn path) and the tune they make joined. */
public record Strip(String title, List<Shown> tiles) {
    public static final Strip EMPTY = new Strip("", List.of());

    public Melody tune() {
        return Melody.concat(tiles.stream().map(Shown::melody).toList());
    }

    public boolean isEmpty() {
        return tiles.isEmpty();
    }
}
