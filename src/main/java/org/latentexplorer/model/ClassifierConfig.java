package org.latentexplorer.model;

import java.util.List;

/**
 * Sizes of an image classifier. For {@link Architecture#MLP} {@code hidden} lists the layer widths; for
 * {@link Architecture#CONV} it is {@code [channels1, channels2, dense]}: two 3x3 convolutions, each followed by
 * 2x2 max pooling, then a dense layer.
 */
public record ClassifierConfig(Architecture architecture, int imageRows, int imageCols, List<Integer> hidden, int classes) {
    public ClassifierConfig {
        if (architecture == null) {
            throw new IllegalArgumentException("classifier architecture is missing (mlp or conv)");
        }
        hidden = hidden == null ? null : List.copyOf(hidden);
        if (hidden == null || hidden.isEmpty() || hidden.stream().anyMatch(h -> h < 1)) {
            throw new IllegalArgumentException("hidden sizes must be positive and not empty, got " + hidden);
        }
        if (classes < 2) {
            throw new IllegalArgumentException("a classifier needs at least 2 classes, got " + classes);
        }
        if (imageRows < 1 || imageCols < 1) {
            throw new IllegalArgumentException("image size must be positive, got " + imageRows + "x" + imageCols);
        }
        if (architecture == Architecture.CONV) {
            if (hidden.size() != 3) {
                throw new IllegalArgumentException("a conv classifier takes three hidden sizes: channels1, channels2, dense; got " + hidden);
            }
            if (imageRows % 4 != 0 || imageCols % 4 != 0) {
                throw new IllegalArgumentException("a conv classifier needs image sides divisible by 4, got " + imageRows + "x" + imageCols);
            }
        }
    }

    /** A classifier of 28x28 images into ten classes. */
    public static ClassifierConfig digits(Architecture architecture, List<Integer> hidden) {
        return new ClassifierConfig(architecture, 28, 28, hidden, 10);
    }

    public int imageSize() {
        return imageRows * imageCols;
    }

    public String describe() {
        return architecture.name().toLowerCase() + " classifier " + imageRows + "x" + imageCols + " hidden " + hidden
                + " classes " + classes;
    }
}
