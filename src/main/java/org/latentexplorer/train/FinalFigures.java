package org.latentexplorer.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.latentexplorer.data.Melody;

/**
 * Figures measured on a finished melody model (its staged directory, fully written, before it replaces the output)
 * against its held-out melodies, added to its card's metrics: the command line hands in {@code evaluate}'s. It may
 * also write files of its own into the staged directory (the attribute vectors, from the training melodies).
 */
@FunctionalInterface
public interface FinalFigures {
    FinalFigures NONE = (staged, training, heldOut) -> Map.of();

    Map<String, Double> measure(Path staged, List<Melody> training, List<Melody> heldOut) throws IOException;
}
