package org.latentexplorer.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.model.ModelCard;
import org.latentexplorer.model.Network;

/**
 * What the autoencoder and classifier tasks share: labelled training and test images, test figures by name
 * (the CSV columns and the card's {@code metrics.extra}), and the card's data and training sections.
 */
abstract class FiguresTask<N extends Network> implements EpochLoop.Task<N, EpochFigures> {
    final RunSettings run;
    final ImageSource source;
    final LabeledImages train;
    final LabeledImages test;

    FiguresTask(RunSettings run, ImageSource source, LabeledImages train, LabeledImages test) {
        this.run = run;
        this.source = source;
        this.train = train;
        this.test = test;
    }

    /** The names of the test figures, in the order of the CSV's columns. */
    abstract List<String> figureNames();

    @Override
    public String csvHeader() {
        return EpochFigures.csvHeader(figureNames());
    }

    @Override
    public int trainCount() {
        return train.count();
    }

    @Override
    public void report(EpochFigures report, ProgressListener listener) {
        listener.figures(report);
    }

    ModelCard.Dataset dataset() {
        return source.describe(train, test);
    }

    /** The card's training section; {@code settings} (may be null) holds what only this kind has. */
    ModelCard.Training training(int epochsDone, List<EpochFigures> history, Map<String, Double> settings) {
        return new ModelCard.Training(epochsDone, run.batchSize(), run.learningRate(), run.schedule().name().toLowerCase(Locale.ROOT),
                0f, run.seed(), EpochLoop.medianSeconds(history), run.command(), settings);
    }

    /** The last epoch's test figures and its training loss. */
    static ModelCard.Metrics metrics(List<EpochFigures> history) {
        EpochFigures last = history.get(history.size() - 1);
        Map<String, Double> extra = new LinkedHashMap<>(last.test());
        extra.put("trainLoss", last.trainLoss());
        return new ModelCard.Metrics(extra);
    }
}
