package org.latentexplorer.data;

/** Images with one label each. */
public record LabeledImages(ImageSet images, int[] labels) {
    public LabeledImages {
        if (images.count() != labels.length) {
            throw new IllegalArgumentException(images.count() + " images but " + labels.length + " labels");
        }
    }

    public int count() {
        return labels.length;
    }

    public LabeledImages head(int n) {
        int kept = Math.min(n, count());
        return new LabeledImages(images.head(kept), java.util.Arrays.copyOf(labels, kept));
    }
}
