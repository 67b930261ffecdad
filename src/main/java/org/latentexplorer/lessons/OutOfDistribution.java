package org.latentexplorer.lessons;

import org.latentexplorer.data.ImageSet;
import org.latentexplorer.lab.Auroc;
import org.latentexplorer.lab.ImageQuality;
import org.latentexplorer.lab.Percentiles;
import org.latentexplorer.latent.LatentSpace;

/**
 * How well a VAE's reconstruction error tells images like its training data (in) from images it never
 * saw the like of (out): each image goes through the encoder mean and back, and its error is scored.
 */
public final class OutOfDistribution {
    /** The shipped VAEs the lesson sets against each other's test images. */
    public static final String MNIST_MODEL = "mnist-vae-20d";
    public static final String FASHION_MODEL = "fashion-vae-20d";
    private static final int BATCH = 1000;

    /** Per-image errors of one image set through one model: mean squared error per pixel and cross-entropy in nats. */
    public record Errors(double[] mse, double[] bce) {
        public Percentiles mseDistribution() {
            return Percentiles.of(mse);
        }

        public Percentiles bceDistribution() {
            return Percentiles.of(bce);
        }
    }

    /** The figures for one model: errors of the in- and out-of-distribution sets and the AUROC of each error. */
    public record Report(String model, String inName, String outName, Errors in, Errors out) {
        /** Higher error counts as "out": 1.0 separates perfectly, 0.5 is chance, below 0.5 is backwards. */
        public double mseAuroc() {
            return Auroc.of(out.mse(), in.mse());
        }

        public double bceAuroc() {
            return Auroc.of(out.bce(), in.bce());
        }
    }

    /** A few images through the model and back, with each one's mean squared error per pixel. */
    public record Tiles(float[][] inputs, float[][] reconstructions, double[] mse) {
    }

    private OutOfDistribution() {
    }

    public static Report measure(LatentSpace model, String inName, ImageSet in, String outName, ImageSet out) {
        return new Report(model.name(), inName, outName, errors(model, in), errors(model, out));
    }

    /** Reconstruction errors of every image of {@code images} through {@code model}'s encoder mean and decoder. */
    public static Errors errors(LatentSpace model, ImageSet images) {
        checkSize(model, images);
        double[] mse = new double[images.count()];
        double[] bce = new double[images.count()];
        for (int start = 0; start < images.count(); start += BATCH) {
            int n = Math.min(BATCH, images.count() - start);
            float[][] batch = new float[n][];
            for (int i = 0; i < n; i++) {
                batch[i] = images.image(start + i);
            }
            float[][] reconstructions = reconstruct(model, batch);
            for (int i = 0; i < n; i++) {
                mse[start + i] = ImageQuality.mse(batch[i], reconstructions[i]);
                bce[start + i] = ImageQuality.bce(batch[i], reconstructions[i]);
            }
        }
        return new Errors(mse, bce);
    }

    /** {@code images} with their reconstructions and errors. */
    public static Tiles tiles(LatentSpace model, float[][] images) {
        float[][] reconstructions = reconstruct(model, images);
        double[] mse = new double[images.length];
        for (int i = 0; i < images.length; i++) {
            mse[i] = ImageQuality.mse(images[i], reconstructions[i]);
        }
        return new Tiles(images, reconstructions, mse);
    }

    /** Images through the encoder mean and back. */
    public static float[][] reconstruct(LatentSpace model, float[][] images) {
        return images.length == 0 ? new float[0][] : model.decodeAll(model.encodeAll(images));
    }

    private static void checkSize(LatentSpace model, ImageSet images) {
        if (images.rows() != model.imageRows() || images.cols() != model.imageCols()) {
            throw new IllegalArgumentException(model.name() + " takes " + model.imageRows() + "x" + model.imageCols()
                    + " images, these are " + images.rows() + "x" + images.cols());
        }
    }
}
