package org.latentexplorer.train;

/** One epoch's figures, in nats per image. */
public record EpochMetrics(int epoch, double trainLoss, double testNegativeElbo, double testReconstruction,
                           double testKl, double seconds) implements EpochReport {
    static final String CSV_HEADER = "epoch,train_loss,test_negative_elbo,test_reconstruction,test_kl,seconds";

    @Override
    public String csvRow() {
        return String.format(java.util.Locale.ROOT, "%d,%.4f,%.4f,%.4f,%.4f,%.3f",
                epoch, trainLoss, testNegativeElbo, testReconstruction, testKl, seconds);
    }
}
