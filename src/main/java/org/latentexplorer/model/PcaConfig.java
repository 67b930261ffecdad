package org.latentexplorer.model;

/** Sizes of a principal component analysis of {@code imageRows x imageCols} images onto {@code components} axes. */
public record PcaConfig(int imageRows, int imageCols, int components) {
    public PcaConfig {
        if (imageRows < 1 || imageCols < 1) {
            throw new IllegalArgumentException("image size must be positive, got " + imageRows + "x" + imageCols);
        }
        if (components < 1 || components > imageRows * imageCols) {
            throw new IllegalArgumentException("components must be between 1 and the pixel count " + imageRows * imageCols
                    + ", got " + components);
        }
    }

    public int imageSize() {
        return imageRows * imageCols;
    }

    public String describe() {
        return "pca " + imageRows + "x" + imageCols + " components " + components;
    }
}
