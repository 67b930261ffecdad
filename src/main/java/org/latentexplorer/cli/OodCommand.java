package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.lab.Percentiles;
import org.latentexplorer.latent.LatentSpace;
import org.latentexplorer.lessons.OutOfDistribution;
import org.latentexplorer.lessons.LessonImages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ood", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"What a model has never seen: MNIST and Fashion-MNIST test images through the MNIST VAE, and the other way round.",
                "Prints the reconstruction error distributions (median, 95th percentile) of the in- and out-of-distribution",
                "test sets and the AUROC of the error as an out-of-distribution detector."})
final class OodCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--mnist-model", paramLabel = "DIR|NAME", defaultValue = OutOfDistribution.MNIST_MODEL,
            description = "VAE trained on MNIST (default: ${DEFAULT-VALUE})")
    String mnistModel;

    @Option(names = "--fashion-model", paramLabel = "DIR|NAME", defaultValue = OutOfDistribution.FASHION_MODEL,
            description = "VAE trained on Fashion-MNIST (default: ${DEFAULT-VALUE})")
    String fashionModel;

    @Option(names = "--mnist-data", paramLabel = "DIR", description = "folder of the MNIST IDX files (default: where setup put them)")
    Path mnistData;

    @Option(names = "--fashion-data", paramLabel = "DIR", description = "folder of the Fashion-MNIST IDX files (default: where setup put them)")
    Path fashionData;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "use the first N test images of each set (0 = all)")
    int limit;

    @Override
    public Integer call() throws Exception {
        ImageSet mnist = LessonImages.load(ImageDataset.MNIST, mnistData, limit);
        ImageSet fashion = LessonImages.load(ImageDataset.FASHION_MNIST, fashionData, limit);
        PrintWriter out = spec.commandLine().getOut();
        try (LatentSpace mnistVae = LatentSpace.open(ModelArgs.resolve(mnistModel));
             LatentSpace fashionVae = LatentSpace.open(ModelArgs.resolve(fashionModel))) {
            print(out, OutOfDistribution.measure(mnistVae, "MNIST", mnist, "Fashion-MNIST", fashion));
            out.println();
            print(out, OutOfDistribution.measure(fashionVae, "Fashion-MNIST", fashion, "MNIST", mnist));
        }
        return 0;
    }

    static void print(PrintWriter out, OutOfDistribution.Report report) {
        out.printf(Locale.ROOT, "%s (trained on %s): %,d %s test images in, %,d %s test images out%n", report.model(), report.inName(),
                report.in().mse().length, report.inName(), report.out().mse().length, report.outName());
        out.printf(Locale.ROOT, "  %-22s %12s %12s %14s %14s%n", "reconstruction error", "MSE median", "MSE 95th", "BCE median", "BCE 95th");
        row(out, "in:  " + report.inName(), report.in());
        row(out, "out: " + report.outName(), report.out());
        out.printf(Locale.ROOT, "  AUROC of the error as an out-of-distribution detector: MSE %.3f, BCE %.3f%n",
                report.mseAuroc(), report.bceAuroc());
    }

    private static void row(PrintWriter out, String name, OutOfDistribution.Errors errors) {
        Percentiles mse = errors.mseDistribution();
        Percentiles bce = errors.bceDistribution();
        out.printf(Locale.ROOT, "  %-22s %12.4f %12.4f %14.1f %14.1f%n", name, mse.median(), mse.percentile(95), bce.median(),
                bce.percentile(95));
    }
}
