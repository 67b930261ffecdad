package org.latentexplorer.lessons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.lab.ImageQuality;
import org.latentexplorer.lab.NearestNeighbors;
import org.latentexplorer.latent.ImageMap;
import org.latentexplorer.latent.ImageMaps;
import org.latentexplorer.latent.ModelCatalog;

class MapComparisonTest {
    /** Sure of "0" when the image has ink enough, unsure of everything otherwise: easy to recompute by hand. */
    private static final MapComparison.DigitJudge INK_JUDGE = (images, count) -> {
        float[] probabilities = new float[count * 10];
        for (int i = 0; i < count; i++) {
            double ink = 0;
            for (int p = 0; p < 784; p++) {
                ink += images[i * 784 + p];
            }
            for (int k = 0; k < 10; k++) {
                probabilities[i * 10 + k] = ink > 100 ? (k == 0 ? 1f : 0f) : 0.1f;
            }
        }
        return probabilities;
    };

    @Test
    void unusedCellsAreThoseNoCodeFallsIn() {
        float[] codes = {0.1f, 0.1f, 0.9f, 0.9f, 0.95f, 0.8f};
        MapComparison.Box box = MapComparison.box(codes);
        assertEquals(0.1, box.minU(), 1e-6);
        assertEquals(0.95, box.maxU(), 1e-6);
        boolean[] unused = MapComparison.unused(codes, box, 2);
        assertArrayEquals(new boolean[] {false, true, true, false}, unused, "bottom-left and top-right are used");
    }

    @Test
    void theVerdictsCompareTheVaeWithTheAutoencoderAndBothWithPca() {
        MapComparison.Figures vae = figures(0.03, 0.10, 0.30);
        MapComparison.Figures ae = figures(0.04, 0.20, 0.20);
        assertEquals(new MapComparison.Verdicts(true, true, false), MapComparison.verdicts(vae, ae, figures(0.05, 0.5, 0.5)));
        assertEquals(false, MapComparison.verdicts(vae, ae, figures(0.035, 0.5, 0.5)).autoencodersBeatPca(), "PCA beats the autoencoder");
    }

    private static MapComparison.Figures figures(double mse, double holes, double unused) {
        return new MapComparison.Figures("t", "m", mse, 0, 0, holes, unused, new MapComparison.Box(0, 1, 0, 1), new boolean[1], 1);
    }

    @Test
    void theFiguresAreTheReconstructionTheNeighboursAndTheJudgedLattice() throws Exception {
        LabeledImages train = ImageDataset.load(ImageDataset.MNIST.defaultDirectory(), ImageDataset.Split.TRAIN).head(800);
        LabeledImages test = ImageDataset.load(ImageDataset.MNIST.defaultDirectory(), ImageDataset.Split.TEST).head(300);
        try (ImageMap vae = ImageMaps.open(ModelCatalog.defaultRoot().resolve("mnist-vae-2d"))) {
            MapComparison.Settings settings = new MapComparison.Settings(5, 6, 0.9);
            MapComparison.Figures figures = MapComparison.measure(vae, train, test, INK_JUDGE, settings);
            float[] testCodes = vae.encode(test.images().pixels(), test.count());
            float[] decoded = vae.decode(testCodes, test.count());
            double mse = 0;
            for (int i = 0; i < test.count(); i++) {
                mse += ImageQuality.mse(test.images().image(i), java.util.Arrays.copyOfRange(decoded, i * 784, (i + 1) * 784));
            }
            assertEquals(mse / test.count(), figures.mse(), 1e-6);
            float[] trainCodes = vae.encode(train.images().pixels(), train.count());
            assertEquals(NearestNeighbors.fit(trainCodes, 2, train.labels()).accuracy(testCodes, test.labels(), 5), figures.knnAccuracy(), 1e-12);

            int holes = 0;
            for (int j = 0; j < 6; j++) {
                for (int i = 0; i < 6; i++) {
                    float[] image = vae.decode(figures.box().cellCentre(i, j, 6), 1);
                    boolean hole = INK_JUDGE.probabilities(image, 1)[0] < 0.9f;
                    assertEquals(hole, figures.holes()[j * 6 + i], "cell " + i + "," + j);
                    holes += hole ? 1 : 0;
                }
            }
            assertEquals(holes / 36.0, figures.holeFraction(), 1e-12);
        }
    }
}
