package org.latentexplorer.train;

import java.nio.file.Path;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageFolder;
import org.latentexplorer.model.VaeConfig;

/**
 * Everything one training run needs, in one place.
 *
 * @param trainLimit use only the first N training images (0 = all)
 * @param testLimit  evaluate on only the first N test images (0 = all)
 * @param schedule   learning rate over the run: constant, or cosine decay to 5% at the last epoch
 * @param checkpoints folder for per-epoch checkpoints and the metrics CSV; a resumed run reads it
 * @param folder     your own pictures, read, in place of {@code dataset} and {@code dataDirectory} (which are then null)
 */
public record TrainingPlan(
        String name,
        VaeConfig config,
        ImageDataset dataset,
        Path dataDirectory,
        int epochs,
        int batchSize,
        float learningRate,
        Schedule schedule,
        float beta,
        long seed,
        int trainLimit,
        int testLimit,
        Path output,
        Path checkpoints,
        boolean resume,
        String command,
        ImageFolder.Loaded folder) {

    public TrainingPlan {
        RunSettings.check(epochs, batchSize, learningRate);
        RunChecks.beta(beta);
    }

    /** A plan that learns from a named data set in a folder of IDX files. */
    public TrainingPlan(String name, VaeConfig config, ImageDataset dataset, Path dataDirectory, int epochs, int batchSize,
                        float learningRate, Schedule schedule, float beta, long seed, int trainLimit, int testLimit, Path output,
                        Path checkpoints, boolean resume, String command) {
        this(name, config, dataset, dataDirectory, epochs, batchSize, learningRate, schedule, beta, seed, trainLimit, testLimit,
                output, checkpoints, resume, command, null);
    }

    /** The loop's settings of this plan. */
    public RunSettings run() {
        return new RunSettings(epochs, batchSize, learningRate, schedule, seed, output, checkpoints, resume, command);
    }

    /** The images of this plan. */
    public ImageSource source() {
        return folder != null ? ImageSource.of(folder, trainLimit, testLimit)
                : new ImageSource(dataset, dataDirectory, trainLimit, testLimit);
    }
}
