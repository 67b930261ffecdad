package org.latentexplorer.train;

import java.nio.file.Path;

/**
 * How a network is trained, whatever it is: epochs of shuffled mini-batches with Adam at the schedule's rate,
 * a checkpoint after every epoch, and the final model saved to {@code output}.
 *
 * @param schedule    learning rate over the run: constant, or cosine decay to 5% at the last epoch
 * @param checkpoints folder for per-epoch checkpoints and the metrics CSV (null: none); a resumed run reads it
 * @param command     the command line that started the run, recorded in the model card
 */
public record RunSettings(int epochs, int batchSize, float learningRate, Schedule schedule, long seed, Path output,
                          Path checkpoints, boolean resume, String command) {
    public RunSettings {
        check(epochs, batchSize, learningRate);
    }

    /** Fails with the first of the three that no run can use. */
    static void check(int epochs, int batchSize, float learningRate) {
        RunChecks.settings(epochs, batchSize, learningRate);
    }

    /** The model's name: the output folder's. */
    public String name() {
        return output.toAbsolutePath().normalize().getFileName().toString();
    }
}
