package org.latentexplorer.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.latentexplorer.data.Downsample;
import org.latentexplorer.data.ImageNoise;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.lab.Bicubic;
import org.latentexplorer.lab.ImageQuality;
import org.latentexplorer.latent.ImageRestorer;

/**
 * The denoising and super-resolution lessons: what the damaged input scores against the original, and what the
 * network's output scores, over a test set (the commands) or for one digit (the pages).
 */
public final class Restoration {
    /** The shipped networks the lessons use. */
    public static final String DENOISER = "mnist-denoise";
    public static final String UPSCALER_14 = "mnist-superres-14";
    public static final String UPSCALER_7 = "mnist-superres-7";

    /** The noise levels the denoise figures are reported at. */
    public static final List<ImageNoise> REPORTED_NOISE = List.of(ImageNoise.gaussian(0.1f), ImageNoise.gaussian(0.2f),
            ImageNoise.gaussian(0.3f), ImageNoise.gaussian(0.5f), ImageNoise.saltAndPepper(0.05f), ImageNoise.saltAndPepper(0.1f),
            ImageNoise.saltAndPepper(0.2f), ImageNoise.saltAndPepper(0.3f));

    /** Mean PSNR (dB) of the noisy inputs and of the denoised outputs against the clean images, at one noise level. */
    public record DenoiseRow(ImageNoise noise, double noisyPsnr, double denoisedPsnr) {
        /** What the network adds, in dB. */
        public double gain() {
            return denoisedPsnr - noisyPsnr;
        }
    }

    /** Mean PSNR and SSIM of one way of bringing {@code side x side} images back to 28x28. */
    public record UpscaleRow(int side, String method, double psnr, double ssim) {
        /** Better than {@code other} on both measures. */
        public boolean beats(UpscaleRow other) {
            return psnr > other.psnr && ssim > other.ssim;
        }
    }

    /** One digit, its noisy copy and the network's output, with the PSNRs of both against the clean digit. */
    public record DenoisedDigit(float[] clean, float[] noisy, float[] denoised, double noisyPsnr, double denoisedPsnr) {
    }

    /** PSNR and SSIM of one upscaled digit against its original. */
    public record Quality(double psnr, double ssim) {
    }

    /** One digit: the original, the {@code side x side} input, and both ways back to full size with their figures. */
    public record UpscaledDigit(int side, float[] original, float[] small, float[] bicubic, float[] network,
                                Quality bicubicQuality, Quality networkQuality) {
    }

    private Restoration() {
    }

    public static List<DenoiseRow> denoise(ImageRestorer denoiser, ImageSet clean, List<ImageNoise> levels, long seed) {
        List<DenoiseRow> rows = new ArrayList<>();
        for (ImageNoise noise : levels) {
            ImageSet noisy = noise.apply(clean, seed);
            rows.add(new DenoiseRow(noise, ImageQuality.meanPsnr(clean, noisy), ImageQuality.meanPsnr(clean, denoiser.restoreAll(noisy))));
        }
        return rows;
    }

    /** {@code clean} with {@code noise} (drawn from {@code seed}) and what the denoiser makes of it. */
    public static DenoisedDigit denoise(ImageRestorer denoiser, float[] clean, ImageNoise noise, long seed) {
        float[] noisy = noise.apply(clean, new SplittableRandom(seed));
        float[] denoised = denoiser.restore(noisy, 1);
        return new DenoisedDigit(clean, noisy, denoised, ImageQuality.psnr(clean, noisy), ImageQuality.psnr(clean, denoised));
    }

    /** A 28x28 digit area-downsampled for {@code network}, brought back by bicubic upscaling and by the network. */
    public static UpscaledDigit upscale(ImageRestorer network, float[] original) {
        int factor = network.upscaleFactor();
        ImageSet small = Downsample.area(new ImageSet(original, 1, 28, 28), factor);
        float[] bicubic = Bicubic.upscale(small.pixels(), small.rows(), small.cols(), factor);
        float[] restored = network.restore(small.pixels(), 1);
        return new UpscaledDigit(small.rows(), original, small.pixels(), bicubic, restored, quality(original, bicubic),
                quality(original, restored));
    }

    private static Quality quality(float[] original, float[] upscaled) {
        return new Quality(ImageQuality.psnr(original, upscaled), ImageQuality.ssim(original, upscaled, 28, 28));
    }

    /** Bicubic upscaling and the network, on the same area-downsampled inputs. */
    public static List<UpscaleRow> superres(ImageRestorer network, ImageSet clean) {
        ImageSet small = Downsample.area(clean, network.upscaleFactor());
        ImageSet bicubic = Bicubic.upscale(small, network.upscaleFactor());
        ImageSet restored = network.restoreAll(small);
        int side = small.rows();
        return List.of(row(side, "bicubic", clean, bicubic), row(side, network.modelName(), clean, restored));
    }

    private static UpscaleRow row(int side, String method, ImageSet clean, ImageSet upscaled) {
        ImageQuality.Means means = ImageQuality.means(clean, upscaled);
        return new UpscaleRow(side, method, means.psnr(), means.ssim());
    }
}
