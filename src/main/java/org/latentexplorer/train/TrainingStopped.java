package org.latentexplorer.train;

import java.io.IOException;

/** A run asked to stop (by {@link ProgressListener#stopRequested()}) that stopped between two batches, saving nothing more. */
public final class TrainingStopped extends IOException {
    private static final long serialVersionUID = 1L;
    /** The batches of the stopped epoch done before the stop. */
    final int batchesDone;
    /** Their mean loss (NaN for none). */
    final double trainLoss;

    TrainingStopped(String message) {
        this(message, 0, Double.NaN);
    }

    TrainingStopped(String message, int batchesDone, double trainLoss) {
        super(message);
        this.batchesDone = batchesDone;
        this.trainLoss = trainLoss;
    }
}
