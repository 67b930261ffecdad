package org.latentexplorer.lab;

import org.latentexplorer.data.ImageSet;

/** How close a reconstruction is to its original, for grayscale images with pixels in [0, 1] stored row-major. */
public final class ImageQuality {
    private static final double BCE_EPSILON = 1e-7;
    private static final double SSIM_SIGMA = 1.5;
    private static final int SSIM_RADIUS = (int) (3.5 * SSIM_SIGMA + 0.5);
    private static final double[] SSIM_WEIGHTS = gaussianWeights(SSIM_SIGMA, SSIM_RADIUS);
    private static final double C1 = 0.01 * 0.01;
    private static final double C2 = 0.03 * 0.03;
    private static final double SMALLEST_MSE = 1e-10;

    private ImageQuality() {
    }

    /** Mean of the four per-image measures over a batch; {@code psnr} is infinite if any pair is identical. */
    public record Means(double mse, double bce, double psnr, double ssim) {
    }

    /** Mean squared error over the pixels. */
    public static double mse(float[] a, float[] b) {
        requireSameLength(a, b);
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = (double) a[i] - b[i];
            sum += d * d;
        }
        return sum / a.length;
    }

    /** Bernoulli cross-entropy in nats summed over the pixels, with the reconstruction clamped to [1e-7, 1 - 1e-7]. */
    public static double bce(float[] target, float[] reconstruction) {
        requireSameLength(target, reconstruction);
        double sum = 0;
        for (int i = 0; i < target.length; i++) {
            double p = Math.min(1 - BCE_EPSILON, Math.max(BCE_EPSILON, reconstruction[i]));
            sum -= target[i] * Math.log(p) + (1 - target[i]) * Math.log(1 - p);
        }
        return sum;
    }

    /** Peak signal-to-noise ratio in dB for peak value 1; {@link Double#POSITIVE_INFINITY} when the images are identical. */
    public static double psnr(float[] reference, float[] test) {
        return -10 * Math.log10(mse(reference, test));
    }

    /**
     * Mean structural similarity (Wang et al. 2004) as scikit-image's {@code structural_similarity(data_range=1,
     * gaussian_weights=True, sigma=1.5, use_sample_covariance=False)} computes it: Gaussian-weighted 11x11 local
     * statistics, averaged over the pixels at least 5 from the border. Images must be at least 11x11.
     */
    public static double ssim(float[] reference, float[] test, int rows, int cols) {
        requireSameLength(reference, test);
        int window = 2 * SSIM_RADIUS + 1;
        if (reference.length != rows * cols || rows < window || cols < window) {
            throw new IllegalArgumentException("need a " + rows + "x" + cols + " image of at least " + window + "x" + window);
        }
        double sum = 0;
        for (int r = SSIM_RADIUS; r < rows - SSIM_RADIUS; r++) {
            for (int c = SSIM_RADIUS; c < cols - SSIM_RADIUS; c++) {
                sum += localSsim(reference, test, cols, r, c);
            }
        }
        return sum / ((rows - 2 * SSIM_RADIUS) * (cols - 2 * SSIM_RADIUS));
    }

    /**
     * Mean over images of each image's PSNR, an error below 1e-10 counting as 1e-10 (100 dB) so that an untouched
     * image keeps the mean finite: the trainer's test PSNR, pixel differences taken in float as it takes them.
     */
    public static double meanPsnr(ImageSet reference, ImageSet test) {
        requireSameShape(reference, test);
        float[] a = reference.pixels();
        float[] b = test.pixels();
        int pixels = reference.imageSize();
        double sum = 0;
        for (int image = 0; image < reference.count(); image++) {
            double squares = 0;
            for (int i = image * pixels, end = i + pixels; i < end; i++) {
                double d = b[i] - a[i];
                squares += d * d;
            }
            sum += -10 * Math.log10(Math.max(SMALLEST_MSE, squares / pixels));
        }
        return sum / reference.count();
    }

    /** Means over corresponding images; {@code reference} is the target of the cross-entropy. */
    public static Means means(ImageSet reference, ImageSet test) {
        requireSameShape(reference, test);
        double mse = 0;
        double bce = 0;
        double psnr = 0;
        double ssim = 0;
        for (int i = 0; i < reference.count(); i++) {
            float[] a = reference.image(i);
            float[] b = test.image(i);
            mse += mse(a, b);
            bce += bce(a, b);
            psnr += psnr(a, b);
            ssim += ssim(a, b, reference.rows(), reference.cols());
        }
        int n = reference.count();
        return new Means(mse / n, bce / n, psnr / n, ssim / n);
    }

    private static void requireSameShape(ImageSet reference, ImageSet test) {
        if (reference.count() != test.count() || reference.rows() != test.rows() || reference.cols() != test.cols()) {
            throw new IllegalArgumentException("image sets differ in shape");
        }
    }

    private static double localSsim(float[] x, float[] y, int cols, int row, int col) {
        double mx = 0;
        double my = 0;
        double mxx = 0;
        double myy = 0;
        double mxy = 0;
        for (int dr = -SSIM_RADIUS; dr <= SSIM_RADIUS; dr++) {
            for (int dc = -SSIM_RADIUS; dc <= SSIM_RADIUS; dc++) {
                double w = SSIM_WEIGHTS[dr + SSIM_RADIUS] * SSIM_WEIGHTS[dc + SSIM_RADIUS];
                int i = (row + dr) * cols + col + dc;
                mx += w * x[i];
                my += w * y[i];
                mxx += w * x[i] * x[i];
                myy += w * y[i] * y[i];
                mxy += w * x[i] * y[i];
            }
        }
        double vx = mxx - mx * mx;
        double vy = myy - my * my;
        double vxy = mxy - mx * my;
        return (2 * mx * my + C1) * (2 * vxy + C2) / ((mx * mx + my * my + C1) * (vx + vy + C2));
    }

    private static double[] gaussianWeights(double sigma, int radius) {
        double[] weights = new double[2 * radius + 1];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            weights[i + radius] = Math.exp(-0.5 * i * i / (sigma * sigma));
            sum += weights[i + radius];
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= sum;
        }
        return weights;
    }

    private static void requireSameLength(float[] a, float[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("images differ in size: " + a.length + " and " + b.length);
        }
    }
}
