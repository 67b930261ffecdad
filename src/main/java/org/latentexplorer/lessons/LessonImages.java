package org.latentexplorer.lessons;

import java.io.IOException;
import java.nio.file.Path;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;

/** The test images the lab's commands measure on: a data set's test split from a folder (or where setup put it), cut to a limit. */
public final class LessonImages {
    private LessonImages() {
    }

    public static ImageSet load(ImageDataset dataset, Path folder, int limit) throws IOException {
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must not be negative, got " + limit);
        }
        ImageSet images = ImageDataset.load(folder != null ? folder : dataset.defaultDirectory(), ImageDataset.Split.TEST).images();
        return limit > 0 && limit < images.count() ? images.head(limit) : images;
    }
}
