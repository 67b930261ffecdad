package org.latentexplorer.lessons;

import java.util.ArrayList;
import java.util.List;
import org.latentexplorer.data.Downsample;
import org.latentexplorer.data.ImageNoise;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.lab.Bicubic;
import org.latentexplorer.lab.ImageQuality;
import org.latentexplorer.latent.ImageRestorer;
import org.latentexplorer.model.Reconstruction;

/** The denoising and super-resolution figures: what the damaged input scores against the original, and what the network's output scores. */
public final class Restoration {
    /** The noise levels the denoise figures are reported at. */
    public static final List<ImageNoise> REPORTED_NOISE = List.of(ImageNoise.gaussian(0.1f), ImageNoise.gaussian(0.2f),
            ImageNoise.gaussian(0.3f), ImageNoise.gaussian(0.5f), ImageNoise.saltAndPepper(0.05f), ImageNoise.saltAndPepper(0.1f),
            ImageNoise.saltAndPepper(0.2f), ImageNoise.saltAndPepper(0.3f));

    /** Mean PSNR (dB) of the noisy inputs and of the denoised outputs against the clean images, at one noise level. */
    public record DenoiseRow(ImageNoise noise, double noisyPsnr, double denoisedPsnr) {
    }

    /** Mean PSNR and SSIM of one way of bringing {@code side x side} images back to 28x28. */
    public record UpscaleRow(int side, String method, double psnr, double ssim) {
    }

    private Restoration() {
    }

    public static List<DenoiseRow> denoise(ImageRestorer denoiser, ImageSet clean, List<ImageNoise> levels, long seed) {
        List<DenoiseRow> rows = new ArrayList<>();
        for (ImageNoise noise : levels) {
            ImageSet noisy = noise.apply(clean, seed);
            rows.add(new DenoiseRow(noise, meanPsnr(clean, noisy), meanPsnr(clean, denoiser.restoreAll(noisy))));
        }
        return rows;
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

    /** Mean over images of each image's PSNR. */
    public static double meanPsnr(ImageSet reference, ImageSet test) {
        return Reconstruction.meanPsnr(Reconstruction.squaredErrors(test.pixels(), reference.pixels(), reference.imageSize()));
    }
}
