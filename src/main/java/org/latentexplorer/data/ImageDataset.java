package org.latentexplorer.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** The image data sets the app knows by name, where the setup script puts them, and their class names. */
public enum ImageDataset {
    MNIST("mnist", List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")),
    FASHION_MNIST("fashion-mnist", List.of("T-shirt", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"));

    public enum Split {
        TRAIN("train"), TEST("t10k");

        private final String filePrefix;

        Split(String filePrefix) {
            this.filePrefix = filePrefix;
        }
    }

    /** Both data sets hold 28x28 grey images. */
    public static final int IMAGE_SIDE = 28;
    /** Both data sets have ten classes, labelled 0 to 9. */
    private static final int CLASS_COUNT = 10;

    private final String id;
    private final List<String> classNames;

    ImageDataset(String id, List<String> classNames) {
        this.id = id;
        this.classNames = classNames;
    }

    public String id() {
        return id;
    }

    public List<String> classNames() {
        return classNames;
    }

    public static ImageDataset fromId(String id) {
        for (ImageDataset d : values()) {
            if (d.id.equalsIgnoreCase(id) || d.name().equalsIgnoreCase(id)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown data set '" + id + "' (known: mnist, fashion-mnist)");
    }

    /** Where the setup script installs this data set, unless {@code latent.data} points elsewhere. */
    public Path defaultDirectory() {
        if (this == FASHION_MNIST) {
            return Path.of("/usr/share/datasets/fashion-mnist");
        }
        return DataRoot.resolve(id);
    }

    /**
     * Loads one split from a folder holding the four standard IDX files (plain or .gz); the images must
     * be {@value #IMAGE_SIDE}x{@value #IMAGE_SIDE}, the size of both data sets and of every model here.
     */
    public static LabeledImages load(Path directory, Split split) throws IOException {
        return load(directory, split, IMAGE_SIDE, IMAGE_SIDE);
    }

    /** As {@link #load(Path, Split)} for images of {@code rows x cols}; other sizes are refused before they are read. */
    public static LabeledImages load(Path directory, Split split, int rows, int cols) throws IOException {
        InputFiles.requireFolder(directory, "data folder not found; download MNIST with the download command (download mnist),"
                + " install Fashion-MNIST with sudo apt install dataset-fashion-mnist, or pass --data DIR");
        Path images = find(directory, split.filePrefix + "-images-idx3-ubyte");
        Path labels = find(directory, split.filePrefix + "-labels-idx1-ubyte");
        ImageSet imageSet = IdxReader.readImages(images, rows, cols);
        int[] labelValues = IdxReader.readLabels(labels);
        if (labelValues.length != imageSet.count()) {
            throw new IdxFormatException(labels, "holds " + labelValues.length + " labels but " + images.getFileName() + " holds "
                    + imageSet.count() + " images");
        }
        for (int i = 0; i < labelValues.length; i++) {
            if (labelValues[i] >= CLASS_COUNT) {
                throw new IdxFormatException(labels, "label " + labelValues[i] + " at index " + i + " is not a class (0 to "
                        + (CLASS_COUNT - 1) + ")");
            }
        }
        return new LabeledImages(imageSet, labelValues);
    }

    private static Path find(Path directory, String baseName) throws IOException {
        for (String candidate : List.of(baseName, baseName + ".gz", baseName.replace("-idx", ".idx"),
                baseName.replace("-idx", ".idx") + ".gz")) {
            Path file = directory.resolve(candidate);
            if (Files.exists(file)) {
                InputFiles.requireFile(file, "missing IDX file");
                return file;
            }
        }
        throw new NoSuchFileException(directory.resolve(baseName).toString(), null,
                "missing IDX file (looked for " + baseName + " and " + baseName + ".gz)");
    }
}
