package org.latentexplorer.data;

/** {@code count} images of {@code rows x cols} pixels in [0, 1], stored row-major one after another. */
public record ImageSet(float[] pixels, int count, int rows, int cols) {
    public ImageSet {
        if (pixels.length != count * rows * cols) {
            throw new IllegalArgumentException("pixel array length " + pixels.length + " != " + count + "x" + rows + "x" + cols);
        }
    }

    public int imageSize() {
        return rows * cols;
    }

    public float[] image(int index) {
        float[] image = new float[imageSize()];
        System.arraycopy(pixels, index * imageSize(), image, 0, imageSize());
        return image;
    }

    /** The first {@code n} images (or all, if fewer). */
    public ImageSet head(int n) {
        int kept = Math.min(n, count);
        float[] copy = new float[kept * imageSize()];
        System.arraycopy(pixels, 0, copy, 0, copy.length);
        return new ImageSet(copy, kept, rows, cols);
    }
}
