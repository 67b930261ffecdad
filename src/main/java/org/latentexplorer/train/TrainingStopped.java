package org.latentexplorer.train;

import java.io.IOException;

/** A run asked to stop (by {@link ProgressListener#stopRequested()}) that stopped between two batches, saving nothing more. */
public final class TrainingStopped extends IOException {
    private static final long serialVersionUID = 1L;

    TrainingStopped(String message) {
        super(message);
    }
}
