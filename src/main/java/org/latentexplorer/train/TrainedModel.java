package org.latentexplorer.train;

import java.nio.file.Path;
import java.util.List;
import org.latentexplorer.model.ModelCard;

/** What a finished autoencoder, classifier or PCA run produced: the saved model and this run's epochs (none for PCA). */
public record TrainedModel(Path model, ModelCard card, List<EpochFigures> history) {
    public EpochFigures last() {
        return history.get(history.size() - 1);
    }
}
