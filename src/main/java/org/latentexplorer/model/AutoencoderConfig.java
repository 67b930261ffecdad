package org.latentexplorer.model;

import java.util.List;

/**
 * Sizes of a deterministic image autoencoder: an MLP over the flattened {@code inputRows x inputCols} input
 * through {@code hidden} (ReLU) to a linear {@code bottleneck}, then the mirrored hidden layers to
 * {@code outputRows x outputCols} pixel logits. A plain or denoising autoencoder gives back an image of its input's
 * size; a super-resolution one takes a smaller image ({@code output / input} is its upscale factor).
 */
public record AutoencoderConfig(Role role, int inputRows, int inputCols, int outputRows, int outputCols, List<Integer> hidden,
                                int bottleneck) {
    /** What the network is trained to give back. */
    public enum Role {
        /** The clean input itself. */
        PLAIN,
        /** The clean image behind a noisy input. */
        DENOISE,
        /** The full-size image behind a downsampled input. */
        SUPERRES
    }

    public AutoencoderConfig {
        if (role == null) {
            throw new IllegalArgumentException("autoencoder role is missing (plain, denoise or superres)");
        }
        hidden = hidden == null ? null : List.copyOf(hidden);
        if (hidden == null || hidden.isEmpty() || hidden.stream().anyMatch(h -> h < 1)) {
            throw new IllegalArgumentException("hidden sizes must be positive and not empty, got " + hidden);
        }
        if (bottleneck < 1) {
            throw new IllegalArgumentException("bottleneck size must be at least 1, got " + bottleneck);
        }
        if (inputRows < 1 || inputCols < 1 || outputRows < 1 || outputCols < 1) {
            throw new IllegalArgumentException("image sizes must be positive, got input " + inputRows + "x" + inputCols
                    + " and output " + outputRows + "x" + outputCols);
        }
        boolean sameSize = inputRows == outputRows && inputCols == outputCols;
        if (role != Role.SUPERRES && !sameSize) {
            throw new IllegalArgumentException("a " + role.name().toLowerCase() + " autoencoder gives back an image of its input's size, got input "
                    + inputRows + "x" + inputCols + " and output " + outputRows + "x" + outputCols);
        }
        if (role == Role.SUPERRES && (sameSize || outputRows % inputRows != 0 || outputCols % inputCols != 0
                || outputRows / inputRows != outputCols / inputCols)) {
            throw new IllegalArgumentException("a super-resolution autoencoder enlarges both sides by the same whole factor, got input "
                    + inputRows + "x" + inputCols + " and output " + outputRows + "x" + outputCols);
        }
    }

    /** A 28x28 autoencoder giving back its input. */
    public static AutoencoderConfig plain(List<Integer> hidden, int bottleneck) {
        return new AutoencoderConfig(Role.PLAIN, 28, 28, 28, 28, hidden, bottleneck);
    }

    /** A 28x28 autoencoder giving back the clean image behind a noisy one. */
    public static AutoencoderConfig denoise(List<Integer> hidden, int bottleneck) {
        return new AutoencoderConfig(Role.DENOISE, 28, 28, 28, 28, hidden, bottleneck);
    }

    /** A network from {@code inputSide x inputSide} images to 28x28 ones. */
    public static AutoencoderConfig superres(int inputSide, List<Integer> hidden, int bottleneck) {
        return new AutoencoderConfig(Role.SUPERRES, inputSide, inputSide, 28, 28, hidden, bottleneck);
    }

    public int inputSize() {
        return inputRows * inputCols;
    }

    public int outputSize() {
        return outputRows * outputCols;
    }

    /** How many times larger the output's side is than the input's: 1 unless super-resolution. */
    public int upscaleFactor() {
        return outputRows / inputRows;
    }

    public String describe() {
        return role.name().toLowerCase() + " autoencoder, mlp " + inputRows + "x" + inputCols + " hidden " + hidden
                + " bottleneck " + bottleneck + " to " + outputRows + "x" + outputCols;
    }
}
