package org.latentexplorer.train;

import java.io.IOException;
import java.nio.file.Path;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.data.LabeledImages;

/** Slices of real MNIST for the short training runs of the lab's models, loaded once. */
final class LabTrainingData {
    static final LabeledImages TRAIN;
    static final LabeledImages TEST;

    static {
        Path mnist = ImageDataset.MNIST.defaultDirectory();
        try {
            TRAIN = ImageDataset.load(mnist, ImageDataset.Split.TRAIN).head(3000);
            TEST = ImageDataset.load(mnist, ImageDataset.Split.TEST).head(500);
        } catch (IOException e) {
            throw new IllegalStateException("MNIST is needed for these tests: " + e.getMessage(), e);
        }
    }

    private LabTrainingData() {
    }

    static ImageSource source() {
        return new ImageSource(ImageDataset.MNIST, ImageDataset.MNIST.defaultDirectory(), 0, 0);
    }

    static RunSettings run(Path dir, int epochs, float learningRate, boolean resume, long seed) {
        return new RunSettings(epochs, 64, learningRate, Schedule.CONSTANT, seed, dir.resolve("model"), dir.resolve("checkpoints"),
                resume, "test");
    }

    /** The mean of the images, repeated {@code times}: the best guess that ignores the input. */
    static float[] meanImageRepeated(ImageSet images, int times) {
        int pixels = images.imageSize();
        float[] mean = new float[pixels];
        for (int i = 0; i < images.count(); i++) {
            for (int j = 0; j < pixels; j++) {
                mean[j] += images.pixels()[i * pixels + j] / images.count();
            }
        }
        float[] repeated = new float[times * pixels];
        for (int i = 0; i < times; i++) {
            System.arraycopy(mean, 0, repeated, i * pixels, pixels);
        }
        return repeated;
    }
}
