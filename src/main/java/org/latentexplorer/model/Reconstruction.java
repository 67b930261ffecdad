package org.latentexplorer.model;

/**
 * How close reconstructions are to their targets, averaged over images: Bernoulli cross-entropy summed over one
 * image's pixels (nats, as the VAE's reconstruction term), squared error averaged over pixels, and the PSNR of
 * each image, {@code 10 log10(1 / mse)} dB for pixels in [0, 1], averaged.
 */
public record Reconstruction(double crossEntropy, double meanSquaredError, double psnr) {
    /** Squared errors below this count as this much, so a perfect image does not make the PSNR infinite. */
    static final double SMALLEST_ERROR = 1e-10;
    /** Probabilities are kept this far from 0 and 1, so the cross-entropy of a hard 0 or 1 stays finite. */
    static final double PROBABILITY_MARGIN = 1e-6;

    /** The mean squared error of each image against its target. */
    public static double[] squaredErrors(float[] outputs, float[] targets, int pixels) {
        checkSizes(outputs, targets, pixels);
        double[] errors = new double[outputs.length / pixels];
        for (int image = 0; image < errors.length; image++) {
            double sum = 0;
            for (int i = image * pixels, end = i + pixels; i < end; i++) {
                double d = outputs[i] - targets[i];
                sum += d * d;
            }
            errors[image] = sum / pixels;
        }
        return errors;
    }

    /** The PSNR of each image in dB from its mean squared error, averaged over images. */
    public static double meanPsnr(double[] squaredErrors) {
        double sum = 0;
        for (double mse : squaredErrors) {
            sum += -10 * Math.log10(Math.max(SMALLEST_ERROR, mse));
        }
        return sum / squaredErrors.length;
    }

    /** Cross-entropy of pixel probabilities against targets, summed over each image's pixels. */
    public static double[] crossEntropies(float[] probabilities, float[] targets, int pixels) {
        checkSizes(probabilities, targets, pixels);
        double[] entropies = new double[probabilities.length / pixels];
        for (int image = 0; image < entropies.length; image++) {
            double sum = 0;
            for (int i = image * pixels, end = i + pixels; i < end; i++) {
                double p = Math.min(1 - PROBABILITY_MARGIN, Math.max(PROBABILITY_MARGIN, probabilities[i]));
                sum -= targets[i] * Math.log(p) + (1 - targets[i]) * Math.log(1 - p);
            }
            entropies[image] = sum;
        }
        return entropies;
    }

    /** All three figures of {@code outputs} against {@code targets}, the cross-entropy from the probabilities. */
    public static Reconstruction of(float[] outputs, float[] targets, int pixels) {
        double[] errors = squaredErrors(outputs, targets, pixels);
        return new Reconstruction(mean(crossEntropies(outputs, targets, pixels)), mean(errors), meanPsnr(errors));
    }

    /** The average of per-image figures. */
    public static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static void checkSizes(float[] outputs, float[] targets, int pixels) {
        if (outputs.length != targets.length || pixels < 1 || outputs.length % pixels != 0) {
            throw new IllegalArgumentException(outputs.length + " outputs and " + targets.length
                    + " targets are not the same whole number of " + pixels + "-pixel images");
        }
    }
}
