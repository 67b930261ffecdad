package org.latentexplorer.model;

import java.util.List;

/**
 * Sizes of an image VAE. For {@link Architecture#MLP} {@code hidden} lists the encoder's layer widths
 * (the decoder mirrors them); for {@link Architecture#CONV} it is {@code [channels1, channels2, dense]}.
 */
public record VaeConfig(Architecture architecture, int imageRows, int imageCols, List<Integer> hidden, int latentSize) {
    public VaeConfig {
        hidden = List.copyOf(hidden);
        if (latentSize < 1) {
            throw new IllegalArgumentException("latent size must be at least 1, got " + latentSize);
        }
        if (imageRows < 1 || imageCols < 1) {
            throw new IllegalArgumentException("image size must be positive, got " + imageRows + "x" + imageCols);
        }
        if (hidden.isEmpty() || hidden.stream().anyMatch(h -> h < 1)) {
            throw new IllegalArgumentException("hidden sizes must be positive and not empty, got " + hidden);
        }
        if (architecture == Architecture.CONV) {
            if (hidden.size() != 3) {
                throw new IllegalArgumentException("a conv VAE takes three hidden sizes: channels1, channels2, dense; got " + hidden);
            }
            if (imageRows % 4 != 0 || imageCols % 4 != 0) {
                throw new IllegalArgumentException("a conv VAE needs image sides divisible by 4, got " + imageRows + "x" + imageCols);
            }
        }
    }

    public int imageSize() {
        return imageRows * imageCols;
    }

    /** The classic PyTorch example's MLP: 784-400-latent. */
    public static VaeConfig mlp(int latentSize, Integer... hidden) {
        return new VaeConfig(Architecture.MLP, 28, 28, List.of(hidden), latentSize);
    }

    public String describe() {
        return architecture.name().toLowerCase() + " " + imageRows + "x" + imageCols + " hidden " + hidden + " latent " + latentSize;
    }
}
