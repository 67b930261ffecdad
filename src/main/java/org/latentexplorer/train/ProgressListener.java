package org.latentexplorer.train;

/** What a training run reports while it works. */
public interface ProgressListener {
    ProgressListener SILENT = new ProgressListener() { };

    /** Asked before every batch: true ends the run there with {@link TrainingStopped}, saving nothing more. */
    default boolean stopRequested() {
        return false;
    }

    default void message(String line) {
    }

    default void batch(int epoch, int epochs, int batch, int batches, double runningLoss, double elapsedSeconds) {
    }

    default void epoch(EpochMetrics metrics) {
    }

    default void melodyEpoch(MelodyEpochMetrics metrics) {
    }

    /** An epoch of an autoencoder or classifier. */
    default void figures(EpochFigures figures) {
    }
}
