package org.latentexplorer.data;

/** Smaller copies of images, as the input of a super-resolution network. */
public final class Downsample {
    private Downsample() {
    }

    /**
     * Each {@code factor x factor} block of pixels becomes its average (28x28 becomes 14x14 for factor 2,
     * 7x7 for factor 4).
     */
    public static ImageSet area(ImageSet set, int factor) {
        if (factor < 1 || set.rows() % factor != 0 || set.cols() % factor != 0) {
            throw new IllegalArgumentException("cannot shrink " + set.rows() + "x" + set.cols() + " images by a factor of "
                    + factor + ": the factor must be positive and divide both sides");
        }
        int rows = set.rows() / factor;
        int cols = set.cols() / factor;
        int in = set.imageSize();
        int out = rows * cols;
        float blockArea = factor * factor;
        float[] source = set.pixels();
        float[] small = new float[set.count() * out];
        for (int image = 0; image < set.count(); image++) {
            for (int y = 0; y < set.rows(); y++) {
                int sourceRow = image * in + y * set.cols();
                int targetRow = image * out + (y / factor) * cols;
                for (int x = 0; x < set.cols(); x++) {
                    small[targetRow + x / factor] += source[sourceRow + x];
                }
            }
        }
        for (int i = 0; i < small.length; i++) {
            small[i] /= blockArea;
        }
        return new ImageSet(small, set.count(), rows, cols);
    }
}
