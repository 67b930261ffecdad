package org.latentexplorer.train;

import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.model.ModelCard;

/** Card sections the trainers of the lab's models fill alike. */
final class TrainingCards {
    private TrainingCards() {
    }

    static ModelCard.Dataset dataset(ImageSource source, LabeledImages train, LabeledImages test) {
        return new ModelCard.Dataset(source.dataset().id(), train.count(), test.count(), source.dataset().classNames());
    }
}
