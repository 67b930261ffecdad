package org.latentexplorer.train;

import java.nio.file.Path;
import java.util.List;
import org.latentexplorer.model.ModelCard;

/** What a finished run produced: the saved model and the per-epoch history of this run. */
public record TrainingResult(Path model, ModelCard card, List<EpochMetrics> history) {
    public EpochMetrics last() {
        return history.get(history.size() - 1);
    }
}
