package org.latentexplorer.lessons;

import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.lab.ImageQuality;
import org.latentexplorer.lab.NearestNeighbors;
import org.latentexplorer.latent.DigitReader;
import org.latentexplorer.latent.ImageMap;

/**
 * The lesson's numbers for one 2-D map: how well it reconstructs the test set, how well its map keeps
 * digits apart (k-nearest-neighbour accuracy, fit on the training codes and scored on the test codes), and
 * how much of the map decodes to something that looks like no digit (a classifier is not sure of it).
 */
public final class MapComparison {
    /** The three maps of the comparison, as shipped in models/. */
    public static final String VAE = "mnist-vae-2d";
    public static final String AUTOENCODER = "mnist-ae-2d";
    public static final String PCA = "mnist-pca-2d";
    public static final java.util.List<String> SHIPPED = java.util.List.of(VAE, AUTOENCODER, PCA);
    private static final int BATCH = 2000;

    /** Class probabilities for images laid out one after another: 10 values per image. */
    public interface DigitJudge {
        float[] probabilities(float[] images, int count);
    }

    /**
     * @param neighbours  k of the k-nearest-neighbour vote
     * @param grid        the box is scored on a {@code grid x grid} lattice of cell centres
     * @param confidence  a decode "looks like a digit" when the classifier gives some class at least this probability
     */
    public record Settings(int neighbours, int grid, double confidence) {
        public static final Settings DEFAULT = new Settings(5, 40, 0.9);
    }

    /** The region of the map that is scored: the bounding box of the test codes. */
    public record Box(double minU, double maxU, double minV, double maxV) {
        /** Centre of cell {@code (i, j)} of a {@code grid x grid} lattice, {@code i} along u. */
        public float[] cellCentre(int i, int j, int grid) {
            return new float[] {(float) (minU + (i + 0.5) * (maxU - minU) / grid), (float) (minV + (j + 0.5) * (maxV - minV) / grid)};
        }
    }

    /**
     * @param holeFraction  share of the box's cells whose decode the classifier is not sure is a digit
     * @param unusedFraction share of the box's cells that no test code falls in: map the encoder never uses
     */
    public record Figures(String title, String model, double mse, double bce, double knnAccuracy, double holeFraction,
                          double unusedFraction, Box box, boolean[] holes, int grid) {
    }

    /** The lesson's three claims, each true or not on the figures measured. */
    public record Verdicts(boolean autoencodersBeatPca, boolean vaeHasFewerHoles, boolean vaeLeavesLessUnused) {
    }

    private MapComparison() {
    }

    /** Do both autoencoders reconstruct better than PCA, and does the VAE's map have fewer holes and less unused room than the plain autoencoder's? */
    public static Verdicts verdicts(Figures vae, Figures autoencoder, Figures pca) {
        return new Verdicts(autoencoder.mse() < pca.mse() && vae.mse() < pca.mse(), vae.holeFraction() < autoencoder.holeFraction(),
                vae.unusedFraction() < autoencoder.unusedFraction());
    }

    /** The figures with the project's classifier as the judge of the decodes. */
    public static Figures measure(ImageMap map, LabeledImages train, LabeledImages test, DigitReader judge, Settings settings) {
        return measure(map, train, test, (DigitJudge) judge::probabilities, settings);
    }

    public static Figures measure(ImageMap map, LabeledImages train, LabeledImages test, DigitJudge judge, Settings settings) {
        float[] trainCodes = encodeAll(map, train.images().pixels(), train.count());
        float[] testCodes = encodeAll(map, test.images().pixels(), test.count());
        int pixels = test.images().imageSize();
        double mse = 0;
        double bce = 0;
        for (int start = 0; start < test.count(); start += BATCH) {
            int n = Math.min(BATCH, test.count() - start);
            float[] decoded = map.decode(java.util.Arrays.copyOfRange(testCodes, start * 2, (start + n) * 2), n);
            for (int i = 0; i < n; i++) {
                float[] original = test.images().image(start + i);
                float[] reconstruction = java.util.Arrays.copyOfRange(decoded, i * pixels, (i + 1) * pixels);
                mse += ImageQuality.mse(original, reconstruction);
                bce += ImageQuality.bce(original, reconstruction);
            }
        }
        double knn = NearestNeighbors.fit(trainCodes, 2, train.labels()).accuracy(testCodes, test.labels(), settings.neighbours());
        Box box = box(testCodes);
        boolean[] holes = holes(map, box, judge, settings);
        return new Figures(map.title(), map.modelName(), mse / test.count(), bce / test.count(), knn, fraction(holes),
                fraction(unused(testCodes, box, settings.grid())), box, holes, settings.grid());
    }

    /** Which cells of the box hold none of the codes, row by row ({@code j * grid + i}). */
    public static boolean[] unused(float[] codes, Box box, int grid) {
        boolean[] unused = new boolean[grid * grid];
        java.util.Arrays.fill(unused, true);
        for (int p = 0; p < codes.length / 2; p++) {
            int i = cell(codes[2 * p], box.minU(), box.maxU(), grid);
            int j = cell(codes[2 * p + 1], box.minV(), box.maxV(), grid);
            if (i >= 0 && j >= 0) {
                unused[j * grid + i] = false;
            }
        }
        return unused;
    }

    private static int cell(double value, double min, double max, int grid) {
        if (value < min || value > max || !(max > min)) {
            return -1;
        }
        return Math.min(grid - 1, (int) ((value - min) / (max - min) * grid));
    }

    private static double fraction(boolean[] cells) {
        int on = 0;
        for (boolean cell : cells) {
            on += cell ? 1 : 0;
        }
        return on / (double) cells.length;
    }

    /** Which cells of the box decode to no clear digit, row by row ({@code j * grid + i}). */
    public static boolean[] holes(ImageMap map, Box box, DigitJudge judge, Settings settings) {
        int grid = settings.grid();
        float[] points = new float[grid * grid * 2];
        for (int j = 0; j < grid; j++) {
            for (int i = 0; i < grid; i++) {
                System.arraycopy(box.cellCentre(i, j, grid), 0, points, (j * grid + i) * 2, 2);
            }
        }
        float[] probabilities = judge.probabilities(map.decode(points, grid * grid), grid * grid);
        int classes = probabilities.length / (grid * grid);
        boolean[] holes = new boolean[grid * grid];
        for (int c = 0; c < holes.length; c++) {
            float top = 0;
            for (int k = 0; k < classes; k++) {
                top = Math.max(top, probabilities[c * classes + k]);
            }
            holes[c] = top < settings.confidence();
        }
        return holes;
    }

    public static float[] encodeAll(ImageMap map, float[] images, int count) {
        int pixels = count == 0 ? 0 : images.length / count;
        float[] codes = new float[count * 2];
        for (int start = 0; start < count; start += BATCH) {
            int n = Math.min(BATCH, count - start);
            float[] batch = map.encode(java.util.Arrays.copyOfRange(images, start * pixels, (start + n) * pixels), n);
            System.arraycopy(batch, 0, codes, start * 2, n * 2);
        }
        return codes;
    }

    static Box box(float[] codes) {
        double minU = Double.POSITIVE_INFINITY;
        double maxU = Double.NEGATIVE_INFINITY;
        double minV = Double.POSITIVE_INFINITY;
        double maxV = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < codes.length / 2; p++) {
            minU = Math.min(minU, codes[2 * p]);
            maxU = Math.max(maxU, codes[2 * p]);
            minV = Math.min(minV, codes[2 * p + 1]);
            maxV = Math.max(maxV, codes[2 * p + 1]);
        }
        return new Box(minU, maxU, minV, maxV);
    }
}
