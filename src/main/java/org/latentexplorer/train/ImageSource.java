package org.latentexplorer.train;

import java.io.IOException;
import java.nio.file.Path;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.model.ModelCard;

/**
 * Which images a run learns from: a named data set in a folder of IDX files.
 *
 * @param trainLimit use only the first N training images (0 = all)
 * @param testLimit  evaluate on only the first N test images (0 = all)
 */
public record ImageSource(ImageDataset dataset, Path directory, int trainLimit, int testLimit) {
    /** The training and test images. */
    public record Split(LabeledImages train, LabeledImages test) {
    }

    /** The card's record of the data a model learned from. */
    public ModelCard.Dataset describe(LabeledImages train, LabeledImages test) {
        return new ModelCard.Dataset(dataset.id(), train.count(), test.count(), dataset.classNames());
    }

    public Split load() throws IOException {
        LabeledImages train = ImageDataset.load(directory, ImageDataset.Split.TRAIN);
        LabeledImages test = ImageDataset.load(directory, ImageDataset.Split.TEST);
        for (LabeledImages set : java.util.List.of(train, test)) {
            if (set.count() == 0) {
                throw new IOException(directory + ": the " + (set == train ? "training" : "test")
                        + " set holds no images; training needs both");
            }
        }
        return new Split(trainLimit > 0 ? train.head(trainLimit) : train, testLimit > 0 ? test.head(testLimit) : test);
    }
}
