package org.latentexplorer.train;

import java.io.IOException;
import java.nio.file.Path;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageFolder;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.model.ModelCard;

/**
 * Which images a run learns from: a named data set in a folder of IDX files, or a folder of your own pictures already
 * read ({@code folder}; then {@code dataset} and {@code directory} are null).
 *
 * @param trainLimit use only the first N training images (0 = all)
 * @param testLimit  evaluate on only the first N test images (0 = all)
 */
public record ImageSource(ImageDataset dataset, Path directory, int trainLimit, int testLimit, ImageFolder.Loaded folder) {
    /** The training and test images. */
    public record Split(LabeledImages train, LabeledImages test) {
    }

    public ImageSource(ImageDataset dataset, Path directory, int trainLimit, int testLimit) {
        this(dataset, directory, trainLimit, testLimit, null);
    }

    /** The pictures of a folder read by {@link ImageFolder}; their class names are the folders' names. */
    public static ImageSource of(ImageFolder.Loaded folder, int trainLimit, int testLimit) {
        return new ImageSource(null, null, trainLimit, testLimit, folder);
    }

    /** The data set's id, or the picture folder's name. */
    public String name() {
        return folder != null ? folder.name() : dataset.id();
    }

    /** The card's record of the data a model learned from. */
    public ModelCard.Dataset describe(LabeledImages train, LabeledImages test) {
        return new ModelCard.Dataset(name(), train.count(), test.count(), folder != null ? folder.classNames() : dataset.classNames());
    }

    public Split load() throws IOException {
        if (folder != null) {
            return limited(folder.train(), folder.test());
        }
        LabeledImages train = ImageDataset.load(directory, ImageDataset.Split.TRAIN);
        LabeledImages test = ImageDataset.load(directory, ImageDataset.Split.TEST);
        for (LabeledImages set : java.util.List.of(train, test)) {
            if (set.count() == 0) {
                throw new IOException(directory + ": the " + (set == train ? "training" : "test")
                        + " set holds no images; training needs both");
            }
        }
        return limited(train, test);
    }

    private Split limited(LabeledImages train, LabeledImages test) {
        return new Split(trainLimit > 0 ? train.head(trainLimit) : train, testLimit > 0 ? test.head(testLimit) : test);
    }
}
