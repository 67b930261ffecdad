package org.latentexplorer.train;

import java.util.Locale;

/** One epoch of melody training: losses per melody (nats), accuracies per step on the held-out songs. */
public record MelodyEpochMetrics(int epoch, double trainLoss, double testCrossEntropy, double testKl,
                                 double teacherForcedAccuracy, double reconstructionAccuracy, double beta, double seconds)
        implements EpochReport {
    static final String CSV_HEADER = "epoch,train_loss,test_cross_entropy,test_kl,test_teacher_forced_accuracy,"
            + "test_reconstruction_accuracy,beta,seconds";

    @Override
    public String csvRow() {
        return String.format(Locale.ROOT, "%d,%.4f,%.4f,%.4f,%.5f,%.5f,%.4f,%.3f", epoch, trainLoss, testCrossEntropy, testKl,
                teacherForcedAccuracy, reconstructionAccuracy, beta, seconds);
    }

    public String summary() {
        return String.format(Locale.ROOT, "epoch %d: train loss %.2f, test cross-entropy %.2f, KL %.2f, accuracy %.3f"
                        + " (teacher-forced %.3f), beta %.3f, %.1f s", epoch, trainLoss, testCrossEntropy, testKl,
                reconstructionAccuracy, teacherForcedAccuracy, beta, seconds);
    }
}
