package org.latentexplorer.lessons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.Downsample;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageNoise;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.lab.Bicubic;
import org.latentexplorer.lab.ImageQuality;
import org.latentexplorer.latent.ImageRestorer;
import org.latentexplorer.latent.ModelCatalog;

/** The one-digit figures the pages show, recomputed here step by step with the shipped networks. */
class RestorationTest {
    @Test
    void oneDenoisedDigitIsTheSeededNoiseAndTheNetworksOutputWithTheirPsnrs() throws Exception {
        float[] clean = LessonImages.load(ImageDataset.MNIST, null, 1).image(0);
        ImageNoise noise = ImageNoise.saltAndPepper(0.2f);
        try (ImageRestorer denoiser = ImageRestorer.openDenoiser(ModelCatalog.defaultRoot().resolve(Restoration.DENOISER))) {
            Restoration.DenoisedDigit digit = Restoration.denoise(denoiser, clean, noise, 5);
            float[] noisy = noise.apply(clean, new SplittableRandom(5));
            assertArrayEquals(noisy, digit.noisy(), "the same seed, the same noise");
            assertArrayEquals(denoiser.restore(noisy, 1), digit.denoised(), 1e-6f);
            assertEquals(ImageQuality.psnr(clean, noisy), digit.noisyPsnr(), 0);
            assertEquals(ImageQuality.psnr(clean, digit.denoised()), digit.denoisedPsnr(), 0);
            assertTrue(digit.denoisedPsnr() > digit.noisyPsnr(), digit.noisyPsnr() + " -> " + digit.denoisedPsnr());
        }
    }

    @Test
    void oneUpscaledDigitIsTheAreaDownsampledInputBroughtBackBothWays() throws Exception {
        float[] original = LessonImages.load(ImageDataset.MNIST, null, 2).image(1);
        try (ImageRestorer network = ImageRestorer.openUpscaler(ModelCatalog.defaultRoot().resolve(Restoration.UPSCALER_7))) {
            Restoration.UpscaledDigit digit = Restoration.upscale(network, original);
            ImageSet small = Downsample.area(new ImageSet(original, 1, 28, 28), 4);
            assertEquals(7, digit.side());
            assertArrayEquals(small.pixels(), digit.small());
            assertArrayEquals(Bicubic.upscale(small.pixels(), 7, 7, 4), digit.bicubic());
            assertArrayEquals(network.restore(small.pixels(), 1), digit.network(), 1e-6f);
            assertEquals(ImageQuality.psnr(original, digit.bicubic()), digit.bicubicQuality().psnr(), 0);
            assertEquals(ImageQuality.ssim(original, digit.network(), 28, 28), digit.networkQuality().ssim(), 0);
        }
    }

    @Test
    void aNetworkBeatsBicubicOnlyWhenBothMeasuresAreBetter() {
        Restoration.UpscaleRow bicubic = new Restoration.UpscaleRow(14, "bicubic", 20, 0.8);
        assertTrue(new Restoration.UpscaleRow(14, "net", 21, 0.9).beats(bicubic));
        assertFalse(new Restoration.UpscaleRow(14, "net", 21, 0.7).beats(bicubic), "a lower SSIM");
        assertFalse(new Restoration.UpscaleRow(14, "net", 20, 0.9).beats(bicubic), "an equal PSNR");
        assertEquals(-2.5, new Restoration.DenoiseRow(ImageNoise.gaussian(0.1f), 20, 17.5).gain(), 0);
    }
}
