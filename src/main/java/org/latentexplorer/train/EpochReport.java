package org.latentexplorer.train;

/** What one epoch of a run reports: its number, its mean training loss, its time, and its row of the metrics CSV. */
interface EpochReport {
    int epoch();

    double trainLoss();

    double seconds();

    String csvRow();
}
