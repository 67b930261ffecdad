package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.training.loss.Loss;

/**
 * Negative ELBO per image, averaged over the batch: Bernoulli reconstruction (binary cross-entropy on
 * pixel logits, summed over pixels) plus {@code beta} times the KL divergence from N(0, I).
 * Labels are {@code [images]}; predictions are {@code [logits, zMean, zLogVar]}.
 */
public final class VaeLoss extends Loss {
    private final float beta;

    public VaeLoss(float beta) {
        super("negative-elbo");
        this.beta = beta;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray images = labels.singletonOrThrow();
        return reconstruction(predictions.get(0), images).add(kl(predictions.get(1), predictions.get(2)).mul(beta)).mean();
    }

    /**
     * Binary cross-entropy summed over pixels, one value per image, as {@code softplus(logit) - image * logit}: stable
     * for any logit, and three engine kernels (forward and backward) where the textbook formula takes ten.
     */
    public static NDArray reconstruction(NDArray logits, NDArray images) {
        return Activation.softPlus(logits).sub(logits.mul(images)).sum(new int[] {1});
    }

    /** KL(N(mean, exp(logVar)) || N(0, I)), one value per image. */
    public static NDArray kl(NDArray mean, NDArray logVar) {
        return logVar.add(1).sub(mean.square()).sub(logVar.exp()).sum(new int[] {1}).mul(-0.5f);
    }
}
