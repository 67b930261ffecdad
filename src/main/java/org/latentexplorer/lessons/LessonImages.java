package org.latentexplorer.lessons;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.latentexplorer.data.IdxFormatException;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.data.LabeledImages;

/**
 * The images the lessons measure on: a data set's split from a folder (or where setup put it), cut to a limit
 * (0 = all). The pages take whole test sets; the commands take {@code --data} and {@code --limit}.
 */
public final class LessonImages {
    private LessonImages() {
    }

    public static ImageSet load(ImageDataset dataset, Path folder, int limit) throws IOException {
        return labeled(dataset, folder, ImageDataset.Split.TEST, limit).images();
    }

    /** The whole test split, from where setup put it. */
    public static ImageSet load(ImageDataset dataset) throws IOException {
        return load(dataset, null, 0);
    }

    /** A whole split with its labels, from where setup put it. */
    public static LabeledImages labeled(ImageDataset dataset, ImageDataset.Split split) throws IOException {
        return labeled(dataset, null, split, 0);
    }

    public static LabeledImages labeled(ImageDataset dataset, Path folder, ImageDataset.Split split, int limit) throws IOException {
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must not be negative, got " + limit);
        }
        Path directory = folder != null ? folder : dataset.defaultDirectory();
        LabeledImages images = ImageDataset.load(directory, split);
        if (images.count() == 0) {
            throw new IdxFormatException(directory, "the " + split.name().toLowerCase(Locale.ROOT)
                    + " split holds no images; there is nothing to measure");
        }
        return limit > 0 && limit < images.count() ? images.head(limit) : images;
    }
}
