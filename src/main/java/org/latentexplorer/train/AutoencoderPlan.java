package org.latentexplorer.train;

import org.latentexplorer.data.ImageNoise;
import org.latentexplorer.model.AutoencoderConfig;

/**
 * Everything one autoencoder run needs.
 *
 * @param denoising the noise of a denoiser (required for {@link AutoencoderConfig.Role#DENOISE}, else null)
 */
public record AutoencoderPlan(AutoencoderConfig config, ImageSource source, RunSettings run, Denoising denoising) {
    /**
     * A denoiser's noise: drawn per training batch from {@code training}; measured on the test set at the fixed
     * strengths {@code testSigma} (Gaussian) and {@code testFraction} (salt and pepper).
     */
    public record Denoising(ImageNoise.Range training, float testSigma, float testFraction) {
        public Denoising {
            ImageNoise.gaussian(testSigma);
            ImageNoise.saltAndPepper(testFraction);
        }
    }

    public AutoencoderPlan {
        if ((config.role() == AutoencoderConfig.Role.DENOISE) != (denoising != null)) {
            throw new IllegalArgumentException(config.role() == AutoencoderConfig.Role.DENOISE
                    ? "a denoising autoencoder needs its noise settings" : "only a denoising autoencoder takes noise settings");
        }
    }
}
