package org.latentexplorer.train;

/** What a training run reports while it works, and how its user pauses or stops it. */
public interface ProgressListener {
    ProgressListener SILENT = new ProgressListener() { };

    /**
     * Called before every batch, before {@link #stopRequested()}: may block for as long as the user has paused the run.
     * Returns the nanoseconds it held the run, which the epoch's time leaves out.
     */
    default long holdWhilePaused() {
        return 0;
    }

    /** Asked before every batch: true ends the run there with {@link TrainingStopped}, saving nothing more. */
    default boolean stopRequested() {
        return false;
    }

    /**
     * Asked once, when a run stops on {@link #stopRequested()}: true saves the network as it stands to the run's output
     * (its test figures measured, the card counting the whole epochs done) instead of nothing. A run stopped before its
     * first batch saves nothing either way.
     */
    default boolean keepWhenStopped() {
        return false;
    }

    default void message(String line) {
    }

    default void batch(int epoch, int epochs, int batch, int batches, double runningLoss, double elapsedSeconds) {
    }

    default void epoch(EpochMetrics metrics) {
    }

    /** After an image VAE's {@link #epoch}: the network as it stands, to look at during this call only. */
    default void epochModel(EpochModel model) {
    }

    default void melodyEpoch(MelodyEpochMetrics metrics) {
    }

    /** An epoch of an autoencoder or classifier. */
    default void figures(EpochFigures figures) {
    }
}
