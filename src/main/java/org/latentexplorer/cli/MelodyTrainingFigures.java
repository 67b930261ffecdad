package org.latentexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.latentexplorer.data.Melody;
import org.latentexplorer.latent.AttributeEvaluation;
import org.latentexplorer.latent.AttributeVectors;
import org.latentexplorer.latent.MelodyEvaluation;
import org.latentexplorer.latent.MelodyReport;
import org.latentexplorer.latent.MelodySpace;
import org.latentexplorer.train.FinalFigures;
import org.latentexplorer.train.ProgressListener;

/**
 * What a finished melody training adds to its model: {@code evaluate}'s figures in the card's metrics, and the attribute
 * vectors (from the training melodies, as {@code melody attribute-vectors} computes them) saved beside it with their
 * figures on the held-out melodies.
 */
final class MelodyTrainingFigures implements FinalFigures {
    private final ProgressListener progress;
    private final String corpus;

    MelodyTrainingFigures(ProgressListener progress, String corpus) {
        this.progress = progress;
        this.corpus = corpus;
    }

    @Override
    public Map<String, Double> measure(Path staged, List<Melody> training, List<Melody> heldOut) throws IOException {
        long seed = MelodyEvaluation.Settings.DEFAULT.seed();
        try (MelodySpace space = MelodySpace.open(staged, false)) {
            progress.message("Evaluating the model as `evaluate` does (prior, pad grid, clicked dots, interpolations)…");
            MelodyReport report = MelodyEvaluation.run(space, heldOut, heldOut.size() + " held-out melodies of " + corpus,
                    MelodyEvaluation.Settings.DEFAULT);
            progress.message("evaluate: " + report.headline());
            Map<String, Double> figures = new TreeMap<>(report.figures());
            progress.message("Computing the attribute vectors from " + Math.min(training.size(), AttributeVectors.DEFAULT_SAMPLE)
                    + " training melodies…");
            AttributeVectors vectors;
            try {
                vectors = AttributeVectors.compute(space, training, corpus, AttributeVectors.DEFAULT_SAMPLE, seed, AttributeVectors.DEFAULT_STEP);
            } catch (IllegalArgumentException e) {
                progress.message("warning: no attribute vectors: " + e.getMessage()); // a corpus too small or too uniform for them
                return figures;
            }
            vectors.save(staged);
            AttributeEvaluation.Report attributes = AttributeEvaluation.run(space, vectors, heldOut, AttributeEvaluation.DEFAULT_MELODIES, seed);
            progress.message("attribute vectors: " + attributes.headline());
            figures.putAll(attributes.figures());
            return figures;
        }
    }
}
