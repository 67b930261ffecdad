package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Softmax cross-entropy in nats, averaged over the batch. Labels are {@code [oneHot]} of {@code (N, classes)};
 * predictions are {@code [logits]}.
 */
public final class ClassifierLoss extends Loss {
    public ClassifierLoss() {
        super("cross-entropy");
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        return perImage(predictions.singletonOrThrow(), labels.singletonOrThrow()).mean();
    }

    /** Cross-entropy of each row of logits against its one-hot row. */
    static NDArray perImage(NDArray logits, NDArray oneHot) {
        return logits.logSoftmax(1).mul(oneHot).sum(new int[] {1}).neg();
    }
}
