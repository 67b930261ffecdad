package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.Callable;
import org.latentexplorer.latent.LatentSpace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sample", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draw points from the prior N(0, I), decode them and write the digits as one PNG sheet.",
                "Prints each point (one line per digit, in sheet order); the same --seed gives the same sheet."})
final class SampleCommand implements Callable<Integer> {
    static final int MAX_COUNT = 10_000;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelArgs model;

    @Option(names = {"-n", "--count"}, paramLabel = "N", defaultValue = "16", description = "how many digits, 1 to " + MAX_COUNT + " (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "PNG", description = "PNG file to write, e.g. samples.png")
    Path output;

    @Option(names = "--grid-cols", paramLabel = "C", description = "digits per row of the sheet (default: the square root of N, rounded up)")
    Integer gridCols;

    @Option(names = "--scale", paramLabel = "K", defaultValue = "2", description = "each pixel becomes a K x K square (default: ${DEFAULT-VALUE})")
    int scale;

    @Option(names = "--print-z", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "print the latent points, one per line (default: on; --no-print-z to stay quiet)")
    boolean printZ;

    @Override
    public Integer call() throws Exception {
        Ranges.check("-n", count, 1, MAX_COUNT);
        if (gridCols != null) {
            Ranges.check("--grid-cols", gridCols, 1, MAX_COUNT);
        }
        Ranges.check("--scale", scale, 1, 64);
        int columns = gridCols != null ? gridCols : (int) Math.ceil(Math.sqrt(count));
        try (LatentSpace space = model.open()) {
            Pictures.checkSheetSize(count, columns, space.imageRows(), space.imageCols(), scale, "-n, --grid-cols or --scale");
            Random random = new Random(seed);
            float[][] points = new float[count][];
            for (int i = 0; i < count; i++) {
                points[i] = space.samplePrior(random);
            }
            float[][] digits = space.decodeAll(points);
            Pictures.writeSheet(output, digits, space.imageRows(), space.imageCols(), columns, scale);
            PrintWriter out = spec.commandLine().getOut();
            if (printZ) {
                for (float[] z : points) {
                    out.println(LatentArgs.format(z));
                }
            }
            int rows = (count + columns - 1) / columns;
            out.printf("wrote %s: %d digits from %s, %d x %d grid, seed %d%n", output, count, space.directory(), Math.min(columns, count),
                    rows, seed);
            out.flush();
        }
        return 0;
    }
}
