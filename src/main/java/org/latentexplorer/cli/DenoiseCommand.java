package org.latentexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.latent.ImageRestorer;
import org.latentexplorer.lessons.Restoration;
import org.latentexplorer.lessons.LessonImages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "denoise", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Test PSNR of noisy MNIST digits and of the denoising autoencoder's output, at several Gaussian and salt-and-pepper strengths.")
final class DenoiseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--model"}, paramLabel = "DIR|NAME", defaultValue = Restoration.DENOISER, description = "denoising autoencoder (default: ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--data", paramLabel = "DIR", description = "folder of the MNIST IDX files (default: where setup put them)")
    Path data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "use the first N test images (0 = all)")
    int limit;

    @Option(names = "--seed", defaultValue = "7", description = "seed of the noise (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        ImageSet clean = LessonImages.load(ImageDataset.MNIST, data, limit);
        try (ImageRestorer denoiser = ImageRestorer.openDenoiser(ModelArgs.resolve(model))) {
            print(spec.commandLine().getOut(), denoiser.modelName(), clean.count(),
                    Restoration.denoise(denoiser, clean, Restoration.REPORTED_NOISE, seed));
        }
        return 0;
    }

    static void print(PrintWriter out, String model, int count, List<Restoration.DenoiseRow> rows) {
        out.printf(Locale.ROOT, "%s on %,d MNIST test images: mean PSNR against the clean image%n", model, count);
        out.printf(Locale.ROOT, "%-24s %12s %15s %8s%n", "noise", "noisy input", "denoised", "gain");
        for (Restoration.DenoiseRow row : rows) {
            out.printf(Locale.ROOT, "%-24s %9.2f dB %12.2f dB %+7.2f%n", row.noise().describe(), row.noisyPsnr(), row.denoisedPsnr(), row.gain());
        }
    }
}
