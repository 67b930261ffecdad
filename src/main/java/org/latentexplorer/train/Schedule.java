package org.latentexplorer.train;

/** How the learning rate moves over a run. */
public enum Schedule {
    CONSTANT,
    /** Cosine decay from the base rate to 5% of it at the last update. */
    COSINE
}
