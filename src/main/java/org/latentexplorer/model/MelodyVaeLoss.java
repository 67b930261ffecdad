package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * MusicVAE's loss: cross-entropy of the events summed over the steps, plus beta times the KL above a
 * free-bits allowance, {@code max(KL - freeBits, 0)}, averaged over the batch. Labels are
 * {@code [classes (N, steps)]}; predictions {@code [logits, zMean, zLogVar]}. The trainer raises beta
 * during warm-up.
 */
public final class MelodyVaeLoss extends Loss {
    private final float freeBits;
    private volatile float beta;

    public MelodyVaeLoss(float beta, float freeBits) {
        super("melody-vae");
        this.beta = beta;
        this.freeBits = freeBits;
    }

    public void setBeta(float newBeta) {
        beta = newBeta;
    }

    public float beta() {
        return beta;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray kl = VaeLoss.kl(predictions.get(1), predictions.get(2));
        NDArray penalty = kl.sub(freeBits).maximum(0).mul(beta);
        return crossEntropy(predictions.get(0), labels.singletonOrThrow()).add(penalty).mean();
    }

    /** Cross-entropy per melody, summed over steps. */
    public static NDArray crossEntropy(NDArray logits, NDArray classes) {
        NDArray logProbabilities = logits.logSoftmax(2);
        NDArray picked = logProbabilities.mul(classes.toType(ai.djl.ndarray.types.DataType.INT64, false)
                .oneHot((int) logits.getShape().get(2))).sum(new int[] {2});
        return picked.sum(new int[] {1}).neg();
    }
}
