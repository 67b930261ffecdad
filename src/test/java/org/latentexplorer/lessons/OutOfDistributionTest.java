package org.latentexplorer.lessons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.lab.ImageQuality;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.latent.ModelCatalog;

class OutOfDistributionTest {
    private static LatentSpace vae;
    private static ImageSet digits;

    @BeforeAll
    static void open() throws Exception {
        vae = LatentSpace.open(ModelCatalog.defaultRoot().resolve(OutOfDistribution.MNIST_MODEL));
        digits = LessonImages.load(ImageDataset.MNIST, null, 50);
    }

    @AfterAll
    static void close() {
        if (vae != null) {
            vae.close();
        }
    }

    @Test
    void theErrorsAreThoseOfTheEncoderMeanThroughTheDecoder() {
        OutOfDistribution.Errors errors = OutOfDistribution.errors(vae, digits);
        for (int i = 0; i < digits.count(); i += 7) {
            float[] reconstruction = vae.decode(vae.encode(digits.image(i)));
            assertEquals(ImageQuality.mse(digits.image(i), reconstruction), errors.mse()[i], 1e-6);
            assertEquals(ImageQuality.bce(digits.image(i), reconstruction), errors.bce()[i], 1e-3);
        }
        OutOfDistribution.Report report = new OutOfDistribution.Report("m", "same", "same", errors, errors);
        assertEquals(0.5, report.mseAuroc(), 1e-12, "a set against itself is chance");
    }

    @Test
    void eachTileIsTheImageItsReconstructionAndTheirError() {
        float[][] images = {digits.image(3), digits.image(4)};
        OutOfDistribution.Tiles tiles = OutOfDistribution.tiles(vae, images);
        assertEquals(2, tiles.reconstructions().length);
        for (int i = 0; i < images.length; i++) {
            float[] reconstruction = vae.decode(vae.encode(images[i]));
            assertArrayEquals(reconstruction, tiles.reconstructions()[i], 1e-5f);
            assertEquals(ImageQuality.mse(images[i], tiles.reconstructions()[i]), tiles.mse()[i], 0);
            assertTrue(tiles.mse()[i] > 0 && tiles.mse()[i] < 0.1, "a digit through the digit VAE: " + tiles.mse()[i]);
        }
        assertEquals(0, OutOfDistribution.tiles(vae, new float[0][]).mse().length);
    }

    @Test
    void imagesOfAnotherSizeAreRefusedNamingTheModel() {
        ImageSet small = new ImageSet(new float[2 * 14 * 14], 2, 14, 14);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OutOfDistribution.errors(vae, small));
        assertEquals(OutOfDistribution.MNIST_MODEL + " takes 28x28 images, these are 14x14", e.getMessage());
    }
}
