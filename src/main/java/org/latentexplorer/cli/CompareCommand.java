package org.latentexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentexplorer.data.IdxReader;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.LabeledImages;
import org.latentexplorer.latent.DigitReader;
import org.latentexplorer.latent.ImageMap;
import org.latentexplorer.latent.ImageMaps;
import org.latentexplorer.lessons.LessonImages;
import org.latentexplorer.lessons.MapComparison;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Dimensionality reduction to 2-D, measured: the VAE, a plain autoencoder of the same sizes and PCA on the MNIST test set.",
                "Prints per map: reconstruction MSE and BCE per image, k-nearest-neighbour digit accuracy in the 2-D map",
                "(fit on the training codes, scored on the test codes) and the fraction of the map's box that decodes to no clear digit."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private static final List<String> SLOTS = List.of("--vae", "--ae", "--pca");
    private static final List<ModelKind> SLOT_KINDS = List.of(ModelKind.IMAGE_VAE, ModelKind.AUTOENCODER, ModelKind.PCA);

    @Option(names = "--vae", paramLabel = "DIR|NAME", defaultValue = MapComparison.VAE, description = "2-D VAE (default: ${DEFAULT-VALUE})")
    String vae;

    @Option(names = "--ae", paramLabel = "DIR|NAME", defaultValue = MapComparison.AUTOENCODER, description = "plain autoencoder with a 2-D bottleneck (default: ${DEFAULT-VALUE})")
    String autoencoder;

    @Option(names = "--pca", paramLabel = "DIR|NAME", defaultValue = MapComparison.PCA, description = "PCA with 2 components (default: ${DEFAULT-VALUE})")
    String pca;

    @Option(names = "--classifier", paramLabel = "DIR|NAME", defaultValue = DigitReader.SHIPPED,
            description = "MNIST classifier that judges the decodes (default: ${DEFAULT-VALUE})")
    String classifier;

    @Option(names = "--data", paramLabel = "DIR", description = "folder of the MNIST IDX files (default: where setup put them)")
    Path data;

    @Option(names = "-k", paramLabel = "K", defaultValue = "5", description = "neighbours in the vote (default: ${DEFAULT-VALUE})")
    int neighbours;

    @Option(names = "--grid", paramLabel = "G", defaultValue = "40", description = "the box is judged on a G x G lattice (default: ${DEFAULT-VALUE})")
    int grid;

    @Option(names = "--confidence", paramLabel = "P", defaultValue = "0.9",
            description = "a decode looks like a digit when the classifier gives some digit at least P (default: ${DEFAULT-VALUE})")
    double confidence;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "use the first N training and test images (0 = all)")
    int limit;

    @Override
    public Integer call() throws Exception {
        Ranges.check("-k", neighbours, 1, 100);
        Ranges.check("--grid", grid, 2, 200);
        Ranges.check("--limit", limit, 0, IdxReader.MAX_COUNT);
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("--confidence must be in (0, 1], got " + confidence);
        }
        LabeledImages train = LessonImages.labeled(ImageDataset.MNIST, data, ImageDataset.Split.TRAIN, limit);
        LabeledImages test = LessonImages.labeled(ImageDataset.MNIST, data, ImageDataset.Split.TEST, limit);
        MapComparison.Settings settings = new MapComparison.Settings(neighbours, grid, confidence);
        List<MapComparison.Figures> rows = new ArrayList<>();
        try (DigitReader judge = DigitReader.open(ModelArgs.resolve(classifier))) {
            List<String> names = List.of(vae, autoencoder, pca);
            for (int slot = 0; slot < names.size(); slot++) {
                try (ImageMap map = ImageMaps.open(ofKind(SLOTS.get(slot), names.get(slot), SLOT_KINDS.get(slot)))) {
                    rows.add(MapComparison.measure(map, train, test, judge, settings));
                }
            }
            print(spec.commandLine().getOut(), rows, train.count(), test.count(), judge, settings);
        }
        return 0;
    }

    /**
     * The model directory an option names, refused unless its card is of the slot's kind: any 2-D map would run in any
     * slot, and the verdicts would then compare a model with itself.
     */
    private static Path ofKind(String option, String name, ModelKind kind) throws IOException {
        Path directory = ModelArgs.resolve(name);
        ModelKind actual = ModelStore.readCard(directory).kind();
        boolean fits = kind == actual || kind == ModelKind.IMAGE_VAE && actual.isImageVae();
        if (!fits) {
            throw new IllegalArgumentException(option + " " + name + ": is " + actual.described() + ", not a 2-D map of kind '" + kind
                    + "' (--vae takes an image VAE, ours or imported, --ae an autoencoder, --pca a PCA)");
        }
        return directory;
    }

    static void print(PrintWriter out, List<MapComparison.Figures> rows, int trainCount, int testCount, DigitReader judge,
                      MapComparison.Settings settings) {
        out.printf(Locale.ROOT, "MNIST, %,d test images; %d-NN fit on %,d training codes; %dx%d lattice over the bounding box"
                        + " of the test codes, judged by %s (test accuracy %.2f%%), sure of a digit at %.0f%% or more%n",
                testCount, settings.neighbours(), trainCount, settings.grid(), settings.grid(),
                judge.modelName(), 100 * judge.testAccuracy(), 100 * settings.confidence());
        out.printf(Locale.ROOT, "%-12s %-15s %10s %10s %9s %7s %7s%n", "map", "model", "MSE/pixel", "BCE/image", settings.neighbours() + "-NN acc",
                "holes", "unused");
        for (MapComparison.Figures row : rows) {
            out.printf(Locale.ROOT, "%-12s %-15s %10.4f %10.1f %9.3f %6.1f%% %6.1f%%%n", row.title(), row.model(), row.mse(), row.bce(),
                    row.knnAccuracy(), 100 * row.holeFraction(), 100 * row.unusedFraction());
        }
        out.println("holes: lattice cells whose decode the classifier is not sure is a digit; unused: cells no test code falls in");
        if (rows.size() == 3) {
            MapComparison.Figures vaeRow = rows.get(0);
            MapComparison.Figures aeRow = rows.get(1);
            MapComparison.Figures pcaRow = rows.get(2);
            MapComparison.Verdicts verdicts = MapComparison.verdicts(vaeRow, aeRow, pcaRow);
            out.printf(Locale.ROOT, "Autoencoders beat PCA at reconstruction: %s (MSE: autoencoder %.4f, VAE %.4f, PCA %.4f)%n",
                    verdicts.autoencodersBeatPca() ? "yes" : "NO", aeRow.mse(), vaeRow.mse(), pcaRow.mse());
            out.printf(Locale.ROOT, "The VAE's map has fewer holes than the plain autoencoder's: %s (%.1f%% vs %.1f%%)%n",
                    verdicts.vaeHasFewerHoles() ? "yes" : "NO", 100 * vaeRow.holeFraction(), 100 * aeRow.holeFraction());
            out.printf(Locale.ROOT, "The VAE's map leaves less of its box unused than the plain autoencoder's: %s (%.1f%% vs %.1f%%)%n",
                    verdicts.vaeLeavesLessUnused() ? "yes" : "NO", 100 * vaeRow.unusedFraction(), 100 * aeRow.unusedFraction());
        }
    }
}
