package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Bernoulli cross-entropy of the output logits against the clean target images, summed over pixels and
 * averaged over the batch: the VAE's reconstruction term without the KL. Labels are {@code [targets]};
 * predictions are {@code [logits]}.
 */
public final class AutoencoderLoss extends Loss {
    public AutoencoderLoss() {
        super("reconstruction");
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        return VaeLoss.reconstruction(predictions.singletonOrThrow(), labels.singletonOrThrow()).mean();
    }
}
